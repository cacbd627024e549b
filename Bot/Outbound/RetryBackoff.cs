using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// Capped exponential back-off with random jitter (protocol.md §6.2): attempt 1 waits about
/// <c>BackoffBase</c>, each further attempt doubles it, never beyond <c>BackoffCap</c>, each spread by
/// ±<c>BackoffJitter</c>. A <c>Retry-After</c> from Teams always wins over this.
/// </summary>
public sealed class RetryBackoff(IOptions<OutboundOptions> options, IRandomSource random)
{
    /// <summary>The wait after failed attempt number <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan Delay(int attempt)
    {
        var o = options.Value;
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var raw = Math.Min(o.BackoffBase.TotalMilliseconds * Math.Pow(2, exponent), o.BackoffCap.TotalMilliseconds);
        var spread = 1 + (o.BackoffJitter * ((2 * random.NextDouble()) - 1));
        return TimeSpan.FromMilliseconds(Math.Min(raw * spread, o.BackoffCap.TotalMilliseconds));
    }

    /// <summary>How long to wait before retrying after <paramref name="retryAfter"/> (if Teams said) or a back-off.</summary>
    public TimeSpan DelayFor(TimeSpan? retryAfter, int attempt) => retryAfter ?? Delay(attempt);
}
