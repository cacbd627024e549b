using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// <c>request.pass</c>: "Not mine". The coach's copy then says "You passed on this", without buttons; in a coaching channel,
/// where the post's buttons are shared, the post lists who passed. When every coach the request went to has passed, it goes
/// to the lead coaches at once (the escalation job).
/// </summary>
public sealed partial class RequestPassVerb(
    IRequestStore requests,
    IRequestCopyStore copies,
    IRequestFollowThroughStore followThrough,
    CopyCards cards,
    ChannelPresses presses,
    IJobScheduler jobs,
    TimeProvider time,
    ILogger<RequestPassVerb> logger) : ICardActionHandler
{
    public string Verb => RequestPassPayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var read = CardActionPayload.Read<RequestPassPayload>(action.Data);
        if (await presses.ReadCoachPressAsync(context, read.Payload?.RequestId, cancellationToken) is not { } press)
        {
            return;
        }

        var (request, copy, post, presser) = press;
        if (request.Status != RequestStatus.Open)
        {
            DialogEngine.Answer(context, request.ClaimedBy?.AadObjectId == presser ? RequestTexts.YouClaimedItAlready(request) : FollowThroughTexts.NotOpenAnyMore(request));
            return;
        }

        if (copy.Reason is CopyReason.Escalation or CopyReason.Assigned)
        {
            DialogEngine.Answer(context, FollowThroughTexts.PassOnEscalation(request));
            return;
        }

        if (!await followThrough.TryPassAsync(request.Id, presser, time.GetUtcNow(), cancellationToken))
        {
            var now = await requests.FindAsync(request.Id, cancellationToken) ?? request;
            DialogEngine.Answer(context, now.Status == RequestStatus.Open ? FollowThroughTexts.AlreadyPassed(now) : FollowThroughTexts.NotOpenAnyMore(now));
            return;
        }

        Log.Passed(logger, request.Id, presser);
        var all = await copies.ListAsync(request.Id, cancellationToken);
        var cardId = read.CardId!;
        if (action.IsInvoke && post is not null)
        {
            // The post is the same card for everyone in the channel: it keeps its buttons and lists who passed.
            context.SetInvokeReply(new InvokeReply.ReplaceCard(cards.Card(request, post, CopyView.Open, all, cardId)));
        }
        else if (action.IsInvoke)
        {
            var mine = all.First(existing => existing.RecipientAadObjectId == presser);
            context.SetInvokeReply(new InvokeReply.ReplaceCard(cards.Card(request, mine, CopyView.Passed, all, cardId, context.Input.TimeZone, context.Input.Culture)));
            if (cardId == copy.CardId)
            {
                await copies.MarkShownAsync(request.Id, presser, CopyView.Passed, time.GetUtcNow(), cancellationToken);
            }
        }
        else
        {
            context.Reply(FollowThroughTexts.Passed(request));
        }

        // A copy shown again by "request R-…" (or an older client's submit) leaves the copy itself to the job.
        await jobs.ScheduleFollowUpAsync(request.Id, time.GetUtcNow(), cancellationToken);
        if (request.EscalatedAt is null && CopyCards.EveryonePassed(all))
        {
            await jobs.ScheduleNudgeAsync(request, RequestNudgeJob.EscalateAllPassed, time.GetUtcNow(), cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5207, Level = LogLevel.Information, Message = "Support request {RequestId}: {Coach} passed")]
        public static partial void Passed(ILogger logger, string requestId, string coach);
    }
}

/// <summary>
/// <c>request.done</c>: the coach who has the request marks it done with a short note for the teacher (required, at most
/// 500 characters; a note too long is refused and nothing is saved). The teacher is then told and asked for a rating (the
/// follow-up job).
/// </summary>
public sealed partial class RequestDoneVerb(
    IRequestStore requests,
    IRequestCopyStore copies,
    IRequestFollowThroughStore followThrough,
    CopyCards cards,
    IJobScheduler jobs,
    TimeProvider time,
    ILogger<RequestDoneVerb> logger) : ICardActionHandler
{
    public string Verb => RequestDonePayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var read = CardActionPayload.Read<RequestDonePayload>(action.Data);
        if (read.Payload is not { } payload || !RequestIds.TryParse(payload.RequestId, requirePrefix: false, out var id))
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        var presser = People.KeyOf(context.Input.User.AadObjectId);
        var request = presser is null ? null : await requests.FindAsync(id, cancellationToken);
        var copy = request is null ? null : await copies.FindAsync(request.Id, presser!, cancellationToken);
        if (request is null || (copy is null && request.ClaimedBy?.AadObjectId != presser))
        {
            DialogEngine.Answer(context, RequestTexts.NotFound(RequestIds.Show(id)));
            return;
        }

        if (request.ClaimedBy?.AadObjectId != presser)
        {
            DialogEngine.Answer(context, request.Status is RequestStatus.Claimed or RequestStatus.Done
                ? FollowThroughTexts.NotYours(request)
                : FollowThroughTexts.NotOpenAnyMore(request));
            return;
        }

        if (request.Status == RequestStatus.Done)
        {
            DialogEngine.Answer(context, FollowThroughTexts.AlreadyDone(request));
            return;
        }

        var note = payload.Note?.Trim() ?? "";
        if (note.Length == 0)
        {
            DialogEngine.Answer(context, FollowThroughTexts.NoteMissing);
            return;
        }

        if (note.Length > FollowThroughTexts.MaxNoteLength)
        {
            DialogEngine.Answer(context, FollowThroughTexts.NoteTooLong(note.Length));
            return;
        }

        var change = await followThrough.TryMarkDoneAsync(request.Id, presser!, note, time.GetUtcNow(), cancellationToken);
        request = change.Request ?? request;
        if (!change.Changed)
        {
            DialogEngine.Answer(context, request.Status == RequestStatus.Done ? FollowThroughTexts.AlreadyDone(request) : FollowThroughTexts.NotOpenAnyMore(request));
            return;
        }

        Log.Done(logger, request.Id, presser!);
        if (action.IsInvoke)
        {
            var all = await copies.ListAsync(request.Id, cancellationToken);
            var mine = all.FirstOrDefault(existing => existing.RecipientAadObjectId == presser)
                ?? new RequestCopy(request.Id, presser!, context.Input.User.Name, CopyReason.Assigned, CopyDelivery.Sent, null, null, null, CopyView.Done, true, time.GetUtcNow());
            context.SetInvokeReply(new InvokeReply.ReplaceCard(cards.Card(request, mine, CopyView.Done, all, read.CardId!, context.Input.TimeZone, context.Input.Culture)));
            if (read.CardId == mine.CardId)
            {
                await copies.MarkShownAsync(request.Id, presser!, CopyView.Done, time.GetUtcNow(), cancellationToken);
            }
        }
        else
        {
            context.Reply(FollowThroughTexts.MarkedDone(request));
        }

        await jobs.ScheduleFollowUpAsync(request.Id, time.GetUtcNow(), cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5208, Level = LogLevel.Information, Message = "Support request {RequestId} marked done by {Coach}")]
        public static partial void Done(ILogger logger, string requestId, string coach);
    }
}

/// <summary>
/// <c>request.rate</c>: the teacher's one tap on a done request, Helpful or Not helpful. Only the teacher can rate, once: a
/// second tap (an older copy of the card, another device) is answered politely and changes nothing.
/// </summary>
public sealed partial class RequestRateVerb(
    IRequestStore requests,
    IRequestFollowThroughStore followThrough,
    RequestViews views,
    TimeProvider time,
    ILogger<RequestRateVerb> logger) : ICardActionHandler
{
    public string Verb => RequestRatePayload.VerbName;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var read = CardActionPayload.Read<RequestRatePayload>(action.Data);
        RequestRating? rating = read.Payload?.Rating switch
        {
            RequestRatePayload.Helpful => RequestRating.Helpful,
            RequestRatePayload.NotHelpful => RequestRating.NotHelpful,
            _ => null,
        };
        if (read.Payload is not { } payload || rating is null || !RequestIds.TryParse(payload.RequestId, requirePrefix: false, out var id))
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        var teacher = People.KeyOf(context.Input.User.AadObjectId);
        var request = teacher is null ? null : await requests.FindAsync(id, cancellationToken);
        if (request is null || request.TeacherAadObjectId != teacher)
        {
            DialogEngine.Answer(context, RequestTexts.NotFound(RequestIds.Show(id)));
            return;
        }

        if (request.Rating is not null)
        {
            DialogEngine.Answer(context, FollowThroughTexts.AlreadyRated(request));
            return;
        }

        if (request.Status != RequestStatus.Done)
        {
            DialogEngine.Answer(context, FollowThroughTexts.NotDoneYet(request));
            return;
        }

        var change = await followThrough.TryRateAsync(request.Id, teacher!, rating.Value, time.GetUtcNow(), cancellationToken);
        request = change.Request ?? request;
        if (!change.Changed)
        {
            DialogEngine.Answer(context, request.Rating is null ? FollowThroughTexts.NotDoneYet(request) : FollowThroughTexts.AlreadyRated(request));
            return;
        }

        Log.Rated(logger, request.Id, rating.Value);
        if (action.IsInvoke)
        {
            var model = new RequestDoneModel(views.Card(request, context.Input.TimeZone, context.Input.Culture), request.ClaimedBy?.NameForReplies ?? "Your coach", request.DoneNote ?? "", request.Rating);
            context.SetInvokeReply(new InvokeReply.ReplaceCard(RequestDoneCard.Create(model, read.CardId!)));
        }
        else
        {
            context.Reply(FollowThroughTexts.Rated(request));
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5209, Level = LogLevel.Information, Message = "Support request {RequestId} rated {Rating}")]
        public static partial void Rated(ILogger logger, string requestId, RequestRating rating);
    }
}
