namespace CoachBot.Dialogs.Messaging;

/// <summary>The typed result of an outbound send: features branch on it instead of catching HTTP errors.</summary>
public abstract record SendOutcome
{
    private SendOutcome()
    {
    }

    /// <summary>Delivered; <paramref name="ActivityId"/> is the id to update the message later.</summary>
    public sealed record Sent(string ConversationId, string ActivityId) : SendOutcome;

    /// <summary>The user or conversation cannot be reached (app not installed, blocked, removed).</summary>
    public sealed record NotReachable(string Reason) : SendOutcome;

    /// <summary>Teams asked us to slow down; when <paramref name="Queued"/> the outbox delivers it later.</summary>
    public sealed record Throttled(TimeSpan RetryAfter, bool Queued) : SendOutcome;

    /// <summary>Any other failure, already logged.</summary>
    public sealed record Failed(string Reason) : SendOutcome;
}
