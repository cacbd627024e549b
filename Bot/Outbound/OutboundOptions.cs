using System.ComponentModel.DataAnnotations;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// Pacing, retries and the outbox for everything CoachBot sends (section <c>Outbound</c>; protocol.md §6).
/// Identity (app id, tenant, secret, trusted extra serviceUrls) stays in <c>Bot:*</c>.
/// </summary>
public sealed class OutboundOptions
{
    public const string SectionName = "Outbound";

    /// <summary>Connector calls per second for one tenant, replies and proactive sends together (Teams allows 50).</summary>
    [Range(1, 1000)]
    public int TenantRequestsPerSecond { get; set; } = 50;

    /// <summary>
    /// A margin below the tenant limit against uneven arrival (default 20 ms): CoachBot keeps to
    /// <see cref="TenantRequestsPerSecond"/> in every window of 1 s + this, so calls that reach Teams up to this much closer
    /// together than they were booked still keep to its per-second limit (no 429 from CoachBot's own pacing). Costs
    /// margin / (1 s + margin) of the rate: at 20 ms, 50 per second becomes 49.0. 0 books exactly up to the limit.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:00.500")]
    public TimeSpan TenantPacingMargin { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Sends per second into one conversation (Teams allows 7 per bot per thread).</summary>
    [Range(1, 100)]
    public int ConversationRequestsPerSecond { get; set; } = 7;

    /// <summary>Sends per 2 seconds into one conversation (Teams allows 8 per bot per thread).</summary>
    [Range(1, 200)]
    public int ConversationRequestsPer2Seconds { get; set; } = 8;

    /// <summary>Sends per 30 seconds into one conversation (Teams allows 60).</summary>
    [Range(1, 1000)]
    public int ConversationRequestsPer30Seconds { get; set; } = 60;

    /// <summary>
    /// Sends per hour (any 3600 seconds) into one conversation (Teams allows 1800, i.e. 0.5 per second sustained).
    /// Counted in 10-second buckets, conservatively: a send held back by this cap may wait up to 10 seconds
    /// longer than an exact count would require. A reply that would wait past its budget goes to the outbox.
    /// </summary>
    [Range(1, 60000)]
    public int ConversationRequestsPerHour { get; set; } = 1800;

    /// <summary>Inside a user's turn, the total time spent waiting and retrying before a send goes to the outbox.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan InTurnRetryBudget { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>For proactive sends, the total time spent waiting and retrying before a send goes to the outbox.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ProactiveRetryBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts of one call before it is left to the outbox (in a turn or proactive).</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>How long one Connector attempt may take before it counts as a (retryable) timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>First back-off after a transient failure without Retry-After; doubles per attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Largest back-off between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan BackoffCap { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Random spread of each back-off, as a fraction (0.2 = ±20 %).</summary>
    [Range(0.0, 0.5)]
    public double BackoffJitter { get; set; } = 0.2;

    /// <summary>How often the outbox worker looks for due items.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Delivery attempts of one outbox item before it is given up (kept as 'failed').</summary>
    [Range(1, 100)]
    public int OutboxMaxAttempts { get; set; } = 10;

    /// <summary>Items looked at per outbox round.</summary>
    [Range(1, 10000)]
    public int OutboxBatchSize { get; set; } = 200;

    /// <summary>How long delivered and given-up outbox items are kept for inspection.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(7);
}
