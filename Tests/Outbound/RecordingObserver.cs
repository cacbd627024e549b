using CoachBot.Bot.Outbound;

namespace CoachBot.Tests.Outbound;

/// <summary>Remembers what the outbox reported as delivered.</summary>
public sealed class RecordingObserver : IOutboxDeliveryObserver
{
    private readonly Lock _lock = new();
    private readonly List<(OutboxItem Item, string ActivityId)> _deliveries = [];

    public IReadOnlyList<(OutboxItem Item, string ActivityId)> Deliveries
    {
        get
        {
            lock (_lock)
            {
                return [.. _deliveries];
            }
        }
    }

    public Task OnDeliveredAsync(OutboxItem item, string activityId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _deliveries.Add((item, activityId));
        }

        return Task.CompletedTask;
    }
}
