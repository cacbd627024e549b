using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Requests;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.RolesQa;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// <c>request.claim</c>: a coach's Claim. Only a coach or lead coach may claim, and only a request that was sent to them
/// (anything else is "not found", as for an id that does not exist). The first Claim wins, atomically: the winner's copy
/// is replaced at once by the invoke response ("You claimed this"); the teacher and the other copies are told by the
/// follow-up job. A later Claim is told who has it.
/// <para>
/// In a school's coaching channel any coach or lead coach there may claim the post (they all see it): the post then says
/// who claimed it, for everyone in the channel, and the claimer gets the request in their personal chat, with Done. A claim
/// schedules the reminder to finish it (<c>Requests:DoneWithinSchoolDays</c>).
/// </para>
/// </summary>
public sealed partial class RequestClaimVerb(
    IRequestStore requests,
    IRequestCopyStore copies,
    IJobScheduler jobs,
    TimeProvider time,
    ILogger<RequestClaimVerb> logger,
    CopyCards cards,
    ChannelPresses presses,
    SchoolDayClock clock) : ICardActionHandler
{
    public string Verb => RequestClaimPayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var read = CardActionPayload.Read<RequestClaimPayload>(action.Data);
        if (await presses.ReadCoachPressAsync(context, read.Payload?.RequestId, cancellationToken) is not { } press)
        {
            return;
        }

        var (request, copy, post, presser) = press;
        var user = context.Input.User;
        if (request.Status == RequestStatus.Open)
        {
            var claim = await requests.TryClaimAsync(request.Id, new Helper(presser, user.Id, user.Name), time.GetUtcNow(), cancellationToken);
            request = claim.Request ?? request;
            if (claim.Won)
            {
                await WonAsync(context, action, read.CardId!, request, copy, post, cancellationToken);
                return;
            }
        }

        DialogEngine.Answer(context, request.Status switch
        {
            RequestStatus.Cancelled => RequestTexts.CancelledNothingToClaim(request),
            _ when request.ClaimedBy?.AadObjectId == presser => RequestTexts.YouClaimedItAlready(request),
            _ => RequestTexts.AlreadyClaimedBy(request),
        });
    }

    private async Task WonAsync(DialogContext context, CardActionInput action, string cardId, SupportRequest request, RequestCopy copy, RequestCopy? post, CancellationToken cancellationToken)
    {
        Log.Claimed(logger, request.Id, copy.RecipientAadObjectId);
        if (action.IsInvoke && post is not null)
        {
            // The channel's post, seen by everyone there: it says who claimed it; the claimer's own copy comes 1:1 (the job).
            var all = await copies.ListAsync(request.Id, cancellationToken);
            context.SetInvokeReply(new InvokeReply.ReplaceCard(cards.Card(request, post, CopyView.ClaimedByOther, all, cardId)));
            await copies.MarkShownAsync(request.Id, post.RecipientAadObjectId, CopyView.ClaimedByOther, time.GetUtcNow(), cancellationToken);
        }
        else if (action.IsInvoke)
        {
            var all = await copies.ListAsync(request.Id, cancellationToken);
            context.SetInvokeReply(new InvokeReply.ReplaceCard(
                cards.Card(request, copy, CopyView.ClaimedByYou, all, cardId, context.Input.TimeZone, context.Input.Culture)));
            if (cardId == copy.CardId)
            {
                // The pressed card is the copy itself (not one shown again by "request R-…"): the invoke answer updated it.
                await copies.MarkShownAsync(request.Id, copy.RecipientAadObjectId, CopyView.ClaimedByYou, time.GetUtcNow(), cancellationToken);
            }
            else if (copy.Delivery == CopyDelivery.InChannel && action.CardMessageId is { Length: > 0 } messageId)
            {
                // Seen in the coaching channel and claimed from the card "request R-…" showed in their own chat: that card is
                // their copy now (it has Done), so no second one is sent.
                await copies.SaveAsync(
                    copy with
                    {
                        Delivery = CopyDelivery.Sent, CardId = cardId, ConversationId = context.Input.ConversationId, ActivityId = messageId,
                        Shown = CopyView.ClaimedByYou, UpdatedAt = time.GetUtcNow(),
                    },
                    cancellationToken);
            }
        }
        else
        {
            // An older client's Action.Submit: the copy is updated by the job like the others.
            context.Reply(post is null ? RequestTexts.YouClaimed(request) : FollowThroughTexts.ClaimedInChannel(request));
        }

        await jobs.ScheduleFollowUpAsync(request.Id, time.GetUtcNow(), cancellationToken);
        await jobs.ScheduleDoneReminderAsync(request, clock, cards.Options, cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4405, Level = LogLevel.Information, Message = "Support request {RequestId} claimed by {Coach}")]
        public static partial void Claimed(ILogger logger, string requestId, string coach);
    }
}

/// <summary><c>request.cancel</c>: "Cancel R-…" on a teacher's list; the list is redrawn in place with the new status.</summary>
public sealed class RequestCancelVerb(RequestActions actions, MyRequestsCommand list) : ICardActionHandler
{
    public string Verb => RequestCancelPayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var read = CardActionPayload.Read<RequestCancelPayload>(action.Data);
        if (read.Payload is not { } payload || !RequestIds.TryParse(payload.RequestId, requirePrefix: false, out var id))
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        var (text, cancelled) = await actions.CancelAsync(context.Input.User, id, cancellationToken);
        if (cancelled && action.IsInvoke)
        {
            context.SetInvokeReply(new InvokeReply.ReplaceCard(await list.ListCardAsync(context, read.CardId!, cancellationToken)));
            return;
        }

        DialogEngine.Answer(context, text);
    }
}

/// <summary>
/// <c>support.ask</c>: "Ask a coach about this" on a roles answer. Opens the request form in the personal chat, the need
/// prefilled with the question asked and the kind of support with the answer's role (or the best role for the question).
/// </summary>
public sealed class SupportAskVerb(QuestionAnswerer answerer) : ICardActionHandler
{
    public string Verb => SupportAskPayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var read = CardActionPayload.Read<SupportAskPayload>(action.Data);
        if (read.Payload is not { } payload)
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        var question = string.IsNullOrWhiteSpace(payload.Question) ? null : payload.Question.Trim();
        var role = TopicIds.RoutableRoles.Contains(payload.TopicId)
            ? payload.TopicId
            : answerer.Route(question ?? (answerer.Knowledge.TryGetTopic(payload.TopicId, out var topic) ? topic.Title : null), TopicIds.RoutableRoles).RoleId;
        await context.RunInPersonalChatAsync((personal, ct) => RequestDialog.BeginAsync(personal, question, role, ct), cancellationToken);
        DialogEngine.Answer(context, context.Input.IsShared
            ? "I've sent you the request form in our personal chat."
            : "Fill in the request form below and press Send request.");
    }
}
