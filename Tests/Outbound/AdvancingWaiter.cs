using CoachBot.Bot.Outbound;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Outbound;

/// <summary>Waits by moving the fake clock forward by exactly the delay (and records each wait), so tests never sleep.</summary>
public sealed class AdvancingWaiter(FakeTimeProvider clock) : IOutboundWaiter
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _waits = [];

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_lock)
            {
                return [.. _waits];
            }
        }
    }

    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (delay > TimeSpan.Zero)
        {
            lock (_lock)
            {
                _waits.Add(delay);
            }

            clock.Advance(delay);
        }

        return Task.CompletedTask;
    }
}
