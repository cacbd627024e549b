namespace CoachBot.Bot.Downloads;

/// <summary>Why a link gave no file.</summary>
public enum DownloadRefusal
{
    /// <summary>No link has this token: guessed, changed, cut short or never made (or deleted a day after it expired).</summary>
    NotValid,

    /// <summary>The link's 10 minutes are over.</summary>
    Expired,

    /// <summary>The link was used already (a link works once).</summary>
    Used,

    /// <summary>Its owner asked for a newer link of the same kind, which replaced it.</summary>
    Replaced,

    /// <summary>The owner may no longer have this file (its source said so when the link was used, e.g. a role was taken away).</summary>
    NotAllowed,
}

/// <summary>What using a link gave.</summary>
public abstract record DownloadOutcome
{
    private DownloadOutcome()
    {
    }

    /// <summary>The file, made just now; the link is used up.</summary>
    public sealed record File(string FileName, string ContentType, byte[] Content, int Rows) : DownloadOutcome;

    /// <summary>No file: the link does not work (any more).</summary>
    public sealed record Refused(DownloadRefusal Reason) : DownloadOutcome;

    /// <summary>The file could not be made (logged); the link was not used up.</summary>
    public sealed record Failed : DownloadOutcome;
}
