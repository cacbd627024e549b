namespace CoachBot.Bot.Outbound;

/// <summary>How the outbound layer waits (pacing slots, Retry-After, back-off). Production: <see cref="TimeProviderWaiter"/>.</summary>
public interface IOutboundWaiter
{
    Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken);
}
