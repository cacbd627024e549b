using CoachBot.Dialogs.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// Delivers due outbox items, oldest first and in order per conversation: one attempt per item per round;
/// a throttled or transient failure reschedules it (honouring Retry-After) until
/// <c>Outbound:OutboxMaxAttempts</c>; 403/404 end it as unreachable. <see cref="DrainDueAsync"/> is the whole
/// logic, callable directly (tests) or by <see cref="OutboxWorker"/> on a timer.
/// </summary>
public sealed partial class OutboxDispatcher(
    Outbox outbox,
    ActivitySender sender,
    RetryBackoff backoff,
    IEnumerable<IOutboxDeliveryObserver> observers,
    IOptions<OutboundOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxDispatcher> logger) : IDisposable
{
    private const int MaxRounds = 50;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<OutboxDrainResult> DrainDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            int delivered = 0, rescheduled = 0, unreachable = 0, failed = 0;
            for (var round = 0; round < MaxRounds; round++)
            {
                var heads = await outbox.GetDueHeadsAsync(now, options.Value.OutboxBatchSize, cancellationToken);
                var finished = 0;
                foreach (var item in heads)
                {
                    var (outcome, deferred) = await sender.DeliverQueuedAsync(item.Operation, cancellationToken);
                    var totalAttempts = item.Attempts + (deferred?.Attempts ?? 1);
                    var reason = deferred?.Describe();
                    switch (outcome)
                    {
                        case null:
                            if (totalAttempts >= options.Value.OutboxMaxAttempts)
                            {
                                await outbox.CompleteAsync(item.Id, OutboxStatus.Failed, totalAttempts, null, $"gave up after {totalAttempts} attempts: {reason}", cancellationToken);
                                Log.GaveUp(logger, item.Id, totalAttempts);
                                failed++;
                                finished++;
                            }
                            else
                            {
                                // Retry-After wins; a pacing wait is no failed attempt; otherwise back off further each round.
                                var wait = deferred!.Last is null ? deferred.DeferFor!.Value : deferred.Last.RetryAfter ?? backoff.Delay(totalAttempts);
                                await outbox.RescheduleAsync(item.Id, timeProvider.GetUtcNow() + wait, totalAttempts, reason, cancellationToken);
                                rescheduled++;
                            }

                            break;
                        case SendOutcome.Sent sent:
                            await outbox.CompleteAsync(item.Id, OutboxStatus.Delivered, totalAttempts, sent.ActivityId, null, cancellationToken);
                            Log.Delivered(logger, item.Id, totalAttempts);
                            await NotifyAsync(item, sent.ActivityId, cancellationToken);
                            delivered++;
                            finished++;
                            break;
                        case SendOutcome.NotReachable notReachable:
                            await outbox.CompleteAsync(item.Id, OutboxStatus.Unreachable, totalAttempts, null, notReachable.Reason, cancellationToken);
                            unreachable++;
                            finished++;
                            break;
                        default:
                            await outbox.CompleteAsync(item.Id, OutboxStatus.Failed, totalAttempts, null, (outcome as SendOutcome.Failed)?.Reason ?? outcome.ToString(), cancellationToken);
                            failed++;
                            finished++;
                            break;
                    }
                }

                // Items behind a finished one may now be heads; stop when a round finished nothing.
                if (finished == 0)
                {
                    break;
                }
            }

            await outbox.PurgeFinishedAsync(now - options.Value.OutboxRetention, cancellationToken);
            return new OutboxDrainResult(delivered, rescheduled, unreachable, failed);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task NotifyAsync(OutboxItem item, string activityId, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observer.OnDeliveredAsync(item, activityId, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.ObserverFailed(logger, ex, observer.GetType().Name);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3501, Level = LogLevel.Information, Message = "Outbox item {Id} delivered after {Attempts} attempts")]
        public static partial void Delivered(ILogger logger, long id, int attempts);

        [LoggerMessage(EventId = 3502, Level = LogLevel.Error, Message = "Outbox item {Id} given up after {Attempts} attempts")]
        public static partial void GaveUp(ILogger logger, long id, int attempts);

        [LoggerMessage(EventId = 3503, Level = LogLevel.Error, Message = "Outbox delivery observer {Observer} failed")]
        public static partial void ObserverFailed(ILogger logger, Exception exception, string observer);
    }
}
