namespace CoachBot.Bot.Outbound;

/// <summary>Waits with <c>Task.Delay(TimeSpan, TimeProvider, CancellationToken)</c>.</summary>
public sealed class TimeProviderWaiter(TimeProvider timeProvider) : IOutboundWaiter
{
    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, timeProvider, cancellationToken);
}
