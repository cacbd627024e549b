using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Protocol.Connector;
using CoachBot.Dialogs.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// <see cref="IActivitySender"/>: runs each call through <see cref="ConnectorCallPolicy"/> with the budget of its
/// mode; when Teams wants a longer wait than the budget allows, stores the call in the outbox and answers
/// <c>Throttled(…, Queued: true)</c>. A conversation that already has calls waiting in the outbox gets new
/// ones queued behind them, so its messages keep their order. <see cref="SendMode.ProactiveUnqueued"/> is never queued
/// and makes one attempt: any wait Teams asks for comes back as <c>Throttled(…, Queued: false)</c>.
/// </summary>
public sealed partial class ActivitySender(
    IConnectorClient connector,
    ConnectorCallPolicy policy,
    Outbox outbox,
    IConversationDirectory directory,
    IOptions<OutboundOptions> options,
    TimeProvider timeProvider,
    ILogger<ActivitySender> logger) : IActivitySender
{
    /// <summary>An outbox delivery may wait this long for a pacing slot before the item waits for the next round.</summary>
    internal static readonly TimeSpan OutboxPacingAllowance = TimeSpan.FromSeconds(1);

    public Task<SendOutcome> SendAsync(OutboundTarget target, Activity activity, SendMode mode, CancellationToken cancellationToken) =>
        RunAsync(new OutboundOperation(OutboundOperationKind.Send, target, null, activity), mode, cancellationToken);

    public Task<SendOutcome> UpdateAsync(OutboundTarget target, string activityId, Activity activity, SendMode mode, CancellationToken cancellationToken)
    {
        if (activity is not null && string.IsNullOrEmpty(activity.Id))
        {
            activity.Id = activityId;
        }

        return RunAsync(new OutboundOperation(OutboundOperationKind.Update, target, activityId, activity), mode, cancellationToken);
    }

    public Task<SendOutcome> DeleteAsync(OutboundTarget target, string activityId, SendMode mode, CancellationToken cancellationToken) =>
        RunAsync(new OutboundOperation(OutboundOperationKind.Delete, target, activityId, null), mode, cancellationToken);

    /// <summary>
    /// One delivery attempt of a queued call (the outbox worker's step): either a final outcome, or the
    /// policy result that says why and how long to wait.
    /// </summary>
    internal async Task<(SendOutcome? Outcome, PolicyResult? Deferred)> DeliverQueuedAsync(OutboundOperation operation, CancellationToken cancellationToken)
    {
        if (Invalid(operation) is { } invalid)
        {
            return (invalid, null);
        }

        var result = await ExecuteAsync(operation, OutboundPriority.Normal, OutboxPacingAllowance, 1, cancellationToken);
        return result.DeferFor is null
            ? (await OutcomeOfAsync(operation, result.Last!, cancellationToken), null)
            : (null, result);
    }

    private async Task<SendOutcome> RunAsync(OutboundOperation operation, SendMode mode, CancellationToken cancellationToken)
    {
        if (Invalid(operation) is { } invalid)
        {
            return invalid;
        }

        var now = timeProvider.GetUtcNow();
        if (await outbox.PendingSinceAsync(operation.Target.ConversationId, cancellationToken) is { } headDue)
        {
            if (mode == SendMode.ProactiveUnqueued)
            {
                return new SendOutcome.Throttled(headDue > now ? headDue - now : TimeSpan.FromSeconds(1), Queued: false);
            }

            await outbox.EnqueueAsync(operation, now, 0, "queued behind earlier calls to this conversation", cancellationToken);
            var wait = headDue > now ? headDue - now : TimeSpan.Zero;
            Log.QueuedBehind(logger, operation.Kind);
            return new SendOutcome.Throttled(wait, Queued: true);
        }

        // A send whose caller retries itself (a nudge) makes one attempt: a 429's Retry-After or a 503's back-off is handed
        // back to it instead of waited out here, so it holds nothing up meanwhile.
        var maxAttempts = mode == SendMode.ProactiveUnqueued ? 1 : options.Value.MaxAttempts;
        var result = await ExecuteAsync(operation, PriorityOf(mode), policy.BudgetFor(mode), maxAttempts, cancellationToken);
        if (result.DeferFor is { } defer)
        {
            if (mode == SendMode.ProactiveUnqueued)
            {
                return new SendOutcome.Throttled(defer, Queued: false);
            }

            await outbox.EnqueueAsync(operation, timeProvider.GetUtcNow() + defer, result.Attempts, result.Describe(), cancellationToken);
            Log.Queued(logger, operation.Kind, mode, defer);
            return new SendOutcome.Throttled(defer, Queued: true);
        }

        return await OutcomeOfAsync(operation, result.Last!, cancellationToken);
    }

    /// <summary>Replies in a turn are live and go first; nudges (never queued) wait behind them; the rest share the budget.</summary>
    internal static OutboundPriority PriorityOf(SendMode mode) => mode switch
    {
        SendMode.InTurn => OutboundPriority.Live,
        SendMode.ProactiveUnqueued => OutboundPriority.Background,
        _ => OutboundPriority.Normal,
    };

    private Task<PolicyResult> ExecuteAsync(OutboundOperation operation, OutboundPriority priority, TimeSpan budget, int maxAttempts, CancellationToken cancellationToken)
    {
        var target = operation.Target;
        return policy.ExecuteAsync(target.TenantId, target.ConversationId, priority, budget, maxAttempts, ct => operation.Kind switch
        {
            OutboundOperationKind.Send => connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, operation.Activity!, ct),
            OutboundOperationKind.Update => connector.UpdateActivityAsync(target.ServiceUrl, target.ConversationId, operation.ActivityId!, operation.Activity!, ct),
            _ => connector.DeleteActivityAsync(target.ServiceUrl, target.ConversationId, operation.ActivityId!, ct),
        }, cancellationToken);
    }

    private async Task<SendOutcome> OutcomeOfAsync(OutboundOperation operation, ConnectorResponse response, CancellationToken cancellationToken)
    {
        var conversationId = operation.Target.ConversationId;
        var description = response.Describe();
        switch (response.Status)
        {
            case ConnectorStatus.Success:
                var id = operation.Kind == OutboundOperationKind.Send ? response.ReadResourceId() : operation.ActivityId;
                return new SendOutcome.Sent(conversationId, id ?? "");
            case ConnectorStatus.Forbidden or ConnectorStatus.NotFound:
                if (operation.Kind == OutboundOperationKind.Send)
                {
                    await directory.MarkConversationInactiveAsync(conversationId, cancellationToken);
                }

                Log.NotReachable(logger, operation.Kind, description);
                return new SendOutcome.NotReachable(response.Status == ConnectorStatus.Forbidden
                    ? $"Teams refused the message: the user blocked CoachBot or the app is not installed there ({description})"
                    : $"Teams does not know this conversation or message any more ({description})");
            default:
                Log.Failed(logger, operation.Kind, description);
                return new SendOutcome.Failed(description);
        }
    }

    private static SendOutcome.Failed? Invalid(OutboundOperation operation)
    {
        if (operation?.Target is not { ServiceUrl.Length: > 0, ConversationId.Length: > 0 })
        {
            return new SendOutcome.Failed("no serviceUrl or conversation id to send to");
        }

        return operation.Kind switch
        {
            OutboundOperationKind.Send when operation.Activity is null => new SendOutcome.Failed("no activity to send"),
            OutboundOperationKind.Update when operation.Activity is null || string.IsNullOrEmpty(operation.ActivityId)
                => new SendOutcome.Failed("an update needs the activity id and the replacement activity"),
            OutboundOperationKind.Delete when string.IsNullOrEmpty(operation.ActivityId) => new SendOutcome.Failed("a delete needs the activity id"),
            OutboundOperationKind.Send or OutboundOperationKind.Update or OutboundOperationKind.Delete => null,
            _ => new SendOutcome.Failed($"unknown outbound operation '{operation.Kind}'"),
        };
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3401, Level = LogLevel.Information, Message = "{Kind} queued in the outbox ({Mode}), next try in {Delay}")]
        public static partial void Queued(ILogger logger, OutboundOperationKind kind, SendMode mode, TimeSpan delay);

        [LoggerMessage(EventId = 3402, Level = LogLevel.Information, Message = "{Kind} queued behind earlier outbox items of its conversation")]
        public static partial void QueuedBehind(ILogger logger, OutboundOperationKind kind);

        [LoggerMessage(EventId = 3403, Level = LogLevel.Warning, Message = "{Kind} did not reach its conversation: {Reason}")]
        public static partial void NotReachable(ILogger logger, OutboundOperationKind kind, string reason);

        [LoggerMessage(EventId = 3404, Level = LogLevel.Error, Message = "{Kind} failed: {Reason}")]
        public static partial void Failed(ILogger logger, OutboundOperationKind kind, string reason);
    }
}
