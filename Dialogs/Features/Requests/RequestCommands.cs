using CoachBot.Cards;
using CoachBot.Cards.Views.Requests;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.RolesQa;
using CoachBot.Dialogs.Scheduling;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// <c>request support</c> (also <c>request</c>, <c>ask a coach</c>, and what the roles Q&amp;A passes on when a message asks
/// for help): opens the request form, the need prefilled with any text after the command and the kind of support
/// preselected from it. <c>request R-7K3Q9X</c> shows that request to its teacher or to a coach it was sent to.
/// </summary>
public sealed class RequestSupportCommand(QuestionAnswerer answerer, RequestActions actions) : IChatCommand
{
    public const string Name = "request support";

    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RequestIds.TryParse(arguments, requirePrefix: true, out var id))
        {
            await actions.ShowAsync(context, id, cancellationToken);
            return;
        }

        // The best-fitting role whatever its confidence: the teacher sees it preselected and can change it.
        var role = arguments.Length == 0 ? null : answerer.Route(arguments, TopicIds.RoutableRoles).RoleId;
        await RequestDialog.BeginAsync(context, arguments, role, cancellationToken);
    }
}

/// <summary><c>my requests</c>: the teacher's own requests with their status, and Cancel on the open ones.</summary>
public sealed class MyRequestsCommand(IRequestStore requests, RequestViews views) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Reply(await ListCardAsync(context, context.NewCardId(), cancellationToken));
    }

    /// <summary>The list card for the user of this turn (also redrawn in place after a Cancel).</summary>
    public async Task<RenderedCard> ListCardAsync(DialogContext context, string cardId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mine = People.KeyOf(context.Input.User.AadObjectId) is { } teacher
            ? await requests.ListByTeacherAsync(teacher, 200, cancellationToken)
            : [];
        var items = mine.Take(RequestListCard.MaxItems)
            .Select(request => new RequestListItem(views.Card(request, context.Input.TimeZone, context.Input.Culture), RequestViews.StatusText(request), request.Status == RequestStatus.Open))
            .ToList();
        return RequestListCard.Create(items, Math.Max(0, mine.Count - items.Count), cardId);
    }
}

/// <summary><c>cancel request R-7K3Q9X</c>: the teacher cancels one of their open requests.</summary>
public sealed class CancelRequestCommand(RequestActions actions) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!RequestIds.TryParse(arguments, requirePrefix: false, out var id))
        {
            context.Reply(RequestTexts.WhichRequest);
            return;
        }

        context.Reply((await actions.CancelAsync(context.Input.User, id, cancellationToken)).Text);
    }
}

/// <summary>What teachers and coaches do with one request, whichever way they ask: show it, cancel it.</summary>
public sealed class RequestActions(IRequestStore requests, IRequestCopyStore copies, RequestViews views, CopyCards cards, IJobScheduler jobs, TimeProvider time)
{
    /// <summary>
    /// Shows a request to its teacher (with its status and Cancel) or to someone it was sent to (their copy as it stands);
    /// to anyone else it does not exist.
    /// </summary>
    public async Task ShowAsync(DialogContext context, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = People.KeyOf(context.Input.User.AadObjectId);
        var request = reader is null ? null : await requests.FindAsync(id, cancellationToken);
        if (request is not null && request.TeacherAadObjectId == reader)
        {
            var item = new RequestListItem(views.Card(request, context.Input.TimeZone, context.Input.Culture), RequestViews.StatusText(request), request.Status == RequestStatus.Open);
            context.Reply(RequestListCard.Create([item], 0, context.NewCardId()));
            return;
        }

        if (request is not null && await copies.FindAsync(request.Id, reader!, cancellationToken) is { } copy)
        {
            var all = await copies.ListAsync(request.Id, cancellationToken);
            context.Reply(cards.Card(request, copy, CopyCards.ShownTo(request, copy), all, context.NewCardId(), context.Input.TimeZone, context.Input.Culture));
            return;
        }

        context.Reply(RequestTexts.NotFound(RequestIds.Show(id)));
    }

    /// <summary>Cancels the teacher's open request; the answer says what happened (someone else's request is "not found").</summary>
    public async Task<(string Text, bool Cancelled)> CancelAsync(TurnUser user, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var teacher = People.KeyOf(user.AadObjectId);
        var request = teacher is null ? null : await requests.FindAsync(id, cancellationToken);
        if (request is null || request.TeacherAadObjectId != teacher)
        {
            return (RequestTexts.NotFound(RequestIds.Show(id)), false);
        }

        if (request.Status == RequestStatus.Open)
        {
            var outcome = await requests.TryCancelAsync(request.Id, teacher, time.GetUtcNow(), cancellationToken);
            request = outcome.Request ?? request;
            if (outcome.Cancelled)
            {
                await jobs.ScheduleFollowUpAsync(request.Id, time.GetUtcNow(), cancellationToken);
                return (RequestTexts.Cancelled(request), true);
            }
        }

        return request.Status == RequestStatus.Cancelled
            ? (RequestTexts.AlreadyCancelled(request), false)
            : (RequestTexts.ClaimedCannotCancel(request), false);
    }
}
