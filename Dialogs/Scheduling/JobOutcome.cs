namespace CoachBot.Dialogs.Scheduling;

/// <summary>
/// What a handler reports for one run. <see cref="RetryAt(DateTimeOffset, string?)"/> is honoured whatever the attempt
/// count (the handler decides; see <see cref="JobContext.Attempt"/>); <see cref="RetryLater"/> and exceptions are
/// retried with capped exponential back-off until <c>Jobs:MaxAttempts</c>, then the job fails.
/// </summary>
public sealed class JobOutcome
{
    private JobOutcome(JobOutcomeKind kind, DateTimeOffset? nextAttemptAt, string? reason)
    {
        Kind = kind;
        NextAttemptAt = nextAttemptAt;
        Reason = reason;
    }

    public JobOutcomeKind Kind { get; }

    /// <summary>When to run again (only for <see cref="JobOutcomeKind.RetryAt"/>).</summary>
    public DateTimeOffset? NextAttemptAt { get; }

    /// <summary>Why it is retried or failed; kept as the job's last error.</summary>
    public string? Reason { get; }

    public static JobOutcome Done { get; } = new(JobOutcomeKind.Done, null, null);

    public static JobOutcome RetryAt(DateTimeOffset when, string? reason = null) => new(JobOutcomeKind.RetryAt, when, reason);

    public static JobOutcome RetryLater(string? reason = null) => new(JobOutcomeKind.RetryLater, null, reason);

    public static JobOutcome Failed(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(JobOutcomeKind.Failed, null, reason);
    }

    public override string ToString() => Reason is null ? Kind.ToString() : $"{Kind}: {Reason}";
}
