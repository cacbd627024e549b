namespace CoachBot.Dialogs.State;

/// <summary>What a user chose explicitly (beats anything Teams tells us).</summary>
public sealed record UserSettings
{
    /// <summary>IANA time zone the user set with the <c>timezone</c> command, if any.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>The school the user teaches at (one of <c>School:Schools</c>), asked on their first support request; null = not said yet.</summary>
    public string? School { get; init; }
}
