using System.Text.Json;
using CoachBot.Bot.Hosting;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Pipeline;

/// <summary>
/// Dispatches an authenticated activity by type (protocol.md §1.4, §4.1) and runs its turn under the
/// conversation's lock: drops Teams' redeliveries, greets once, marks removals, hands messages and card
/// presses to the dialogs, sends what they produce, and answers invokes in the HTTP response. A failing
/// turn is contained here: logged, apologised for, its dialog reset, and the HTTP answer stays well-formed.
/// </summary>
public sealed partial class TurnPipeline(
    ITurnHandler dialogs,
    IReplySender replies,
    IProactiveMessenger proactive,
    IMessageActivityFactory activityFactory,
    IProcessedActivityStore processed,
    IWelcomeLog welcomes,
    IInboundActivityRecorder recorder,
    ITurnTimeZoneResolver timeZones,
    MentionResolver mentions,
    ConversationLocks locks,
    TimeProvider timeProvider,
    IOptions<BotOptions> botOptions,
    ILogger<TurnPipeline> logger)
{
    internal const string ApologyText = "Sorry, something went wrong on my side. I've reset our conversation — please try again.";
    internal const string PrivateNoticeText = "I've sent you a private message.";
    internal const string PrivateUnreachableText = "I can only show that in our personal chat, and I couldn't reach you there. Open a chat with me and ask again.";

    public async Task<PipelineResult> ProcessAsync(Activity activity, bool authenticated, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channelId = activity.ChannelId ?? "unknown";
        var conversationId = activity.Conversation!.Id!;
        using var scope = logger.BeginScope(new TurnLogScope(activity.Type, activity.Id, conversationId));

        var turnLock = await locks.AcquireAsync($"{channelId}|{conversationId}", cancellationToken);
        var lockHandedOver = false;
        try
        {
            if (activity.Id is { Length: > 0 } activityId
                && await processed.FindAsync(channelId, conversationId, activityId, timeProvider.GetUtcNow() - botOptions.Value.RedeliveryWindow, cancellationToken) is { } previous)
            {
                Log.Redelivery(logger, activity.Type);
                return previous.InvokeStatus is { } status ? new PipelineResult(status, previous.InvokeBody) : PipelineResult.Ok;
            }

            await recorder.RecordInboundAsync(activity, authenticated, cancellationToken);
            var sentCards = new SentCards();
            var result = await DispatchAsync(activity, sentCards, cancellationToken);

            // The turn's last write: the activity is processed, and the cards it sent know their message ids. It is
            // queued to share a commit, and the HTTP answer does not wait for it (Teams redelivers only what got no
            // answer, and the write commits within milliseconds); the conversation's next turn does, because the lock
            // is released only after the commit. If the process dies in between, the reply was sent but the record
            // is missing: cards still work (Teams sends the message id with each press) and no redelivery follows.
            var finishing = RecordTurnAsync(activity, channelId, conversationId, result, sentCards);
            if (finishing.IsCompleted)
            {
                await finishing;
            }
            else
            {
                lockHandedOver = true;
                _ = ReleaseAfterAsync(finishing, turnLock);
            }

            return result;
        }
        finally
        {
            if (!lockHandedOver)
            {
                await turnLock.DisposeAsync();
            }
        }
    }

    private Task RecordTurnAsync(Activity activity, string channelId, string conversationId, PipelineResult result, SentCards sentCards)
    {
        // Not the request's token: the write must happen even if the caller hung up after its answer.
        if (activity.Id is { Length: > 0 } id)
        {
            var isInvoke = activity.Type == ActivityTypes.Invoke;
            return processed.RecordAsync(
                new FinishedTurn(channelId, conversationId, id, isInvoke ? result.Status : null, isInvoke ? result.JsonBody : null, sentCards),
                CancellationToken.None);
        }

        return sentCards.Count == 0 ? Task.CompletedTask : processed.SetCardMessageIdsAsync(sentCards, CancellationToken.None);
    }

    private async Task ReleaseAfterAsync(Task finishing, IAsyncDisposable turnLock)
    {
        try
        {
            await finishing;
        }
        catch (Exception exception)
        {
            Log.TurnRecordFailed(logger, exception);
        }
        finally
        {
            await turnLock.DisposeAsync();
        }
    }

    private Task<PipelineResult> DispatchAsync(Activity activity, SentCards sentCards, CancellationToken cancellationToken) => activity.Type switch
    {
        ActivityTypes.Message => OnMessageAsync(activity, sentCards, cancellationToken),
        ActivityTypes.ConversationUpdate => OnConversationUpdateAsync(activity, sentCards, cancellationToken),
        ActivityTypes.InstallationUpdate => OnInstallationUpdateAsync(activity, sentCards, cancellationToken),
        ActivityTypes.Invoke => OnInvokeAsync(activity, sentCards, cancellationToken),
        // messageReaction, typing, event, messageUpdate/Delete and types Teams adds later: acknowledged, ignored.
        _ => Task.FromResult(PipelineResult.Ok),
    };

    private async Task<PipelineResult> OnMessageAsync(Activity activity, SentCards sentCards, CancellationToken cancellationToken)
    {
        var text = MentionStripper.StripBotMentions(activity);
        if (activity.Value is { ValueKind: JsonValueKind.Object })
        {
            // An Action.Submit from a card (ours use Action.Execute; older cards and fallbacks submit).
            var action = ActivityMapper.CardActionOf(activity, isInvoke: false);
            await RunTurnAsync(activity, TurnKind.CardAction, text, action, sentCards, cancellationToken);
            return PipelineResult.Ok;
        }

        if (text.Length > 0)
        {
            await RunTurnAsync(activity, TurnKind.Message, text, null, sentCards, cancellationToken);
        }

        return PipelineResult.Ok;
    }

    private async Task<PipelineResult> OnConversationUpdateAsync(Activity activity, SentCards sentCards, CancellationToken cancellationToken)
    {
        if (IncludesBot(activity.MembersAdded, activity))
        {
            await WelcomeOnceAsync(activity, sentCards, cancellationToken);
        }
        else if (IncludesBot(activity.MembersRemoved, activity))
        {
            await OnRemovedAsync(activity, cancellationToken);
        }

        return PipelineResult.Ok;
    }

    private async Task<PipelineResult> OnInstallationUpdateAsync(Activity activity, SentCards sentCards, CancellationToken cancellationToken)
    {
        switch (activity.Action)
        {
            case InstallationActions.Add:
                await WelcomeOnceAsync(activity, sentCards, cancellationToken);
                break;
            case InstallationActions.Remove:
                await OnRemovedAsync(activity, cancellationToken);
                break;
            default:
                // add-upgrade / remove-upgrade: the app was updated, nothing to say.
                break;
        }

        return PipelineResult.Ok;
    }

    private async Task<PipelineResult> OnInvokeAsync(Activity activity, SentCards sentCards, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Name))
        {
            // e.g. an Action.Submit with msteams type "invoke": acknowledged with an empty 200.
            return PipelineResult.Ok;
        }

        if (activity.Name != InvokeNames.AdaptiveCardAction)
        {
            return PipelineResult.NotImplemented;
        }

        var action = ActivityMapper.CardActionOf(activity, isInvoke: true);
        if (action.Verb.Length == 0)
        {
            return InvokeResponse(new InvokeReply.Message(DialogEngineTexts.OutOfDate));
        }

        var reply = await RunTurnAsync(activity, TurnKind.CardAction, null, action, sentCards, cancellationToken);
        if (reply is InvokeReply.ReplaceCard replace && activity.ReplyToId is { Length: > 0 } cardMessageId)
        {
            // The invoke response changes the card for the presser only; the PUT changes it for everyone.
            var update = await replies.UpdateAsync(activity, cardMessageId, activityFactory.Create(new MessageContent.Card(replace.Card)), cancellationToken);
            if (update is not SendOutcome.Sent)
            {
                Log.CardUpdateFailed(logger, update.GetType().Name);
            }
        }

        return InvokeResponse(reply ?? new InvokeReply.Message(DialogEngineTexts.Done));
    }

    /// <summary>CoachBot was removed or uninstalled here: stop sending, and greet again if it comes back.</summary>
    private async Task OnRemovedAsync(Activity activity, CancellationToken cancellationToken)
    {
        await recorder.MarkConversationInactiveAsync(activity.Conversation!.Id!, cancellationToken);
        await welcomes.ForgetAsync(activity.ChannelId ?? "unknown", activity.Conversation!.Id!, cancellationToken);
    }

    private async Task WelcomeOnceAsync(Activity activity, SentCards sentCards, CancellationToken cancellationToken)
    {
        if (await welcomes.TryMarkWelcomedAsync(activity.ChannelId ?? "unknown", activity.Conversation!.Id!, cancellationToken))
        {
            await RunTurnAsync(activity, TurnKind.Welcome, null, null, sentCards, cancellationToken);
        }
    }

    /// <summary>Runs one dialog turn inside the error boundary and sends its replies.</summary>
    private async Task<InvokeReply?> RunTurnAsync(Activity activity, TurnKind kind, string? text, CardActionInput? action, SentCards sentCards, CancellationToken cancellationToken)
    {
        var timeZone = await timeZones.ResolveAsync(activity, cancellationToken);
        var input = ActivityMapper.Map(activity, kind, text, action, timeZone, timeProvider.GetUtcNow());
        if (input.Mentions.Count > 0)
        {
            input = input with { Mentions = await mentions.ResolveAsync(activity, input.Mentions, cancellationToken) };
        }

        TurnOutcome outcome;
        try
        {
            outcome = await dialogs.HandleAsync(input, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.TurnFailed(logger, exception, activity.Type);
            await TryResetAsync(input, cancellationToken);
            if (action is { IsInvoke: true })
            {
                return new InvokeReply.Message(ApologyText);
            }

            await SendSafelyAsync(activity, new MessageContent.Text(ApologyText), cardId: null, sentCards, cancellationToken);
            return null;
        }

        var privateNoticeSent = false;
        foreach (var reply in outcome.Replies)
        {
            var cardId = reply.Content is MessageContent.Card card ? card.Value.InstanceId : null;
            if (reply.Visibility == ReplyVisibility.Private && input.IsShared)
            {
                var reached = await SendPrivatelyAsync(input, reply.Content, cardId, sentCards, cancellationToken);
                if (!privateNoticeSent)
                {
                    await SendSafelyAsync(activity, new MessageContent.Text(reached ? PrivateNoticeText : PrivateUnreachableText), null, sentCards, cancellationToken);
                    privateNoticeSent = true;
                }

                continue;
            }

            await SendSafelyAsync(activity, reply.Content, cardId, sentCards, cancellationToken);
        }

        return outcome.Invoke;
    }

    private async Task<bool> SendPrivatelyAsync(TurnInput input, MessageContent content, string? cardId, SentCards sentCards, CancellationToken cancellationToken)
    {
        if (input.User.AadObjectId is not { } aadObjectId)
        {
            return false;
        }

        var outcome = await proactive.SendToUserAsync(aadObjectId, content, cancellationToken);
        if (outcome is SendOutcome.Sent sent && cardId is not null)
        {
            sentCards.Add((cardId, sent.ActivityId));
        }

        return outcome is SendOutcome.Sent or SendOutcome.Throttled { Queued: true };
    }

    private async Task SendSafelyAsync(Activity inbound, MessageContent content, string? cardId, SentCards sentCards, CancellationToken cancellationToken)
    {
        var outcome = await replies.SendAsync(inbound, activityFactory.Create(content), cancellationToken);
        switch (outcome)
        {
            case SendOutcome.Sent sent when cardId is not null:
                sentCards.Add((cardId, sent.ActivityId));
                break;
            case SendOutcome.Sent or SendOutcome.Throttled { Queued: true }:
                break;
            default:
                Log.ReplyNotDelivered(logger, outcome.GetType().Name);
                break;
        }
    }

    private async Task TryResetAsync(TurnInput input, CancellationToken cancellationToken)
    {
        try
        {
            await dialogs.ResetAsync(input, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.ResetFailed(logger, exception);
        }
    }

    private static bool IncludesBot(List<ChannelAccount>? members, Activity activity) =>
        members is { Count: > 0 } && activity.Recipient?.Id is { Length: > 0 } botId
        && members.Any(m => string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase));

    private static PipelineResult InvokeResponse(InvokeReply reply) =>
        new(200, JsonSerializer.Serialize(InvokeResponses.Create(reply), ProtocolJsonContext.Default.AdaptiveCardInvokeResponse));

    /// <summary>The cards a turn sent and the message ids they got, saved with the turn's last write.</summary>
    private sealed class SentCards : List<(string CardId, string MessageId)>;

    private sealed record TurnLogScope(string? ActivityType, string? ActivityId, string ConversationId)
    {
        public override string ToString() => $"{ActivityType} {ActivityId} in {ConversationId}";
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "A {ActivityType} turn failed; the user got an apology and the dialog was reset")]
        public static partial void TurnFailed(ILogger logger, Exception exception, string? activityType);

        [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Dropped a redelivered {ActivityType} activity")]
        public static partial void Redelivery(ILogger logger, string? activityType);

        [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "A reply was not delivered: {Outcome}")]
        public static partial void ReplyNotDelivered(ILogger logger, string outcome);

        [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Updating a pressed card for everyone failed: {Outcome}")]
        public static partial void CardUpdateFailed(ILogger logger, string outcome);

        [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "Resetting the dialog after a failed turn also failed")]
        public static partial void ResetFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 3006, Level = LogLevel.Error, Message = "Recording a finished turn failed; a redelivery of its activity would run it again")]
        public static partial void TurnRecordFailed(ILogger logger, Exception exception);
    }
}
