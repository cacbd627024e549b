using System.Text.Json;
using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// <c>request.route</c>: sends a new request 1:1 to every coach (or lead coach) who covers its role at its school, keeping
/// each copy's activity id to update it later. When none of them can be reached, it goes to the school's lead coaches,
/// else to the admins, with the coaches who could not be reached (a 403: CoachBot not installed or blocked) listed for
/// them. Then the teacher is told, honestly, where it went.
/// <para>
/// The job is queued before the request is saved (keyed by the form), so a request is never left without routing; a run
/// that finds no request yet waits a little and then ends. A run again (after a crash, or when Teams asked to wait before
/// opening a chat) skips everyone who already has a copy, so nobody gets two.
/// </para>
/// </summary>
public sealed partial class RouteRequestJob(
    IRequestStore requests,
    IRequestCopyStore copies,
    ICoverageStore coverage,
    RosterManager roster,
    IProactiveMessenger messenger,
    RequestViews views,
    TimeProvider time,
    ILogger<RouteRequestJob> logger) : IJobHandler
{
    public const string JobKind = "request.route";

    private const int WaitForTheRequestAttempts = 3;

    public string Kind => JobKind;

    public async Task<JobOutcome> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = JsonSerializer.Deserialize(context.PayloadJson, RequestsJsonContext.Default.RouteJobPayload);
        if (payload is null || string.IsNullOrWhiteSpace(payload.FormCardId))
        {
            return JobOutcome.Failed("the job carries no form card id");
        }

        var request = await requests.FindByFormCardAsync(payload.FormCardId, cancellationToken);
        if (request is null)
        {
            return context.Attempt < WaitForTheRequestAttempts
                ? JobOutcome.RetryAt(time.GetUtcNow().AddSeconds(10), "the request is not saved (yet)")
                : JobOutcome.Done;
        }

        if (request.RoutedAt is not null)
        {
            return JobOutcome.Done;
        }

        if (request.Status != RequestStatus.Open)
        {
            // Cancelled before it went anywhere: nothing to send, nobody to tell.
            await requests.MarkRoutedAsync(request.Id, time.GetUtcNow(), cancellationToken);
            return JobOutcome.Done;
        }

        var run = new RoutingRun(request, (await copies.ListAsync(request.Id, cancellationToken)).ToDictionary(copy => copy.RecipientAadObjectId, StringComparer.Ordinal));
        var coaches = await roster.ListAsync(CoachingRole.Coach, cancellationToken);
        var covered = (await coverage.ListAsync(cancellationToken)).ToDictionary(entry => entry.AadObjectId, StringComparer.Ordinal);
        var single = !views.Schools.MustChoose;
        var teacher = request.TeacherAadObjectId;

        var covering = coaches
            .Where(coach => coach.Member.AadObjectId != teacher)
            .Where(coach => covered.GetValueOrDefault(coach.Member.AadObjectId)?.Covers(request.RoleId, request.School, single) == true)
            .ToList();
        foreach (var coach in covering)
        {
            await DeliverAsync(run, coach.Member, CopyReason.Covers, canClaim: true, why: null, unreachable: [], cancellationToken);
        }

        var reach = Reach.Coaches;
        if (!run.Reached(CopyReason.Covers))
        {
            var unreachable = run.UnreachableNames(CopyReason.Covers);
            var leads = coaches
                .Where(coach => coach.Member.AadObjectId != teacher && coach.Grants.Any(grant => grant.Role == CoachingRole.LeadCoach))
                .Where(lead => single || covered.GetValueOrDefault(lead.Member.AadObjectId)?.IncludesSchool(request.School) == true)
                .ToList();
            var why = covering.Count == 0
                ? $"No coach covers {views.SupportAt(request)} yet, so it comes to you as a lead coach."
                : $"None of the coaches who cover {views.SupportAt(request)} could be reached, so it comes to you as a lead coach.";
            foreach (var lead in leads)
            {
                await DeliverAsync(run, lead.Member, CopyReason.LeadCoach, canClaim: true, why, unreachable, cancellationToken);
            }

            reach = Reach.LeadCoaches;
            if (!run.Reached(CopyReason.LeadCoach))
            {
                unreachable = [.. unreachable, .. run.UnreachableNames(CopyReason.LeadCoach)];
                var admins = (await roster.ListAsync(CoachingRole.Admin, cancellationToken)).Where(admin => admin.Member.AadObjectId != teacher).ToList();
                var coachIds = coaches.Select(coach => coach.Member.AadObjectId).ToHashSet(StringComparer.Ordinal);
                var adminWhy = $"No coach or lead coach who covers {views.SupportAt(request)} could take it, so it comes to you as a CoachBot admin: please find someone to help.";
                foreach (var admin in admins)
                {
                    await DeliverAsync(run, admin.Member, CopyReason.Admin, canClaim: coachIds.Contains(admin.Member.AadObjectId), adminWhy, unreachable, cancellationToken);
                }

                reach = run.Reached(CopyReason.Admin) ? Reach.Admins : Reach.Nobody;
            }
        }

        if (run.WaitFor is { } wait)
        {
            // Teams asked to wait before a 1:1 chat could be opened for someone: try them again then (the others keep their copy).
            return JobOutcome.RetryAt(time.GetUtcNow() + wait, "Teams asked to wait before opening a 1:1 chat");
        }

        var told = await messenger.SendToUserAsync(teacher, new MessageContent.Text(TeacherText(request, reach, covering.Count, run)), cancellationToken);
        if (told is SendOutcome.Throttled { Queued: false } throttled)
        {
            return JobOutcome.RetryAt(time.GetUtcNow() + throttled.RetryAfter, "Teams asked to wait before the teacher could be told");
        }

        await requests.MarkRoutedAsync(request.Id, time.GetUtcNow(), cancellationToken);
        var sentCount = run.Count(CopyDelivery.Sent) + run.Count(CopyDelivery.Queued);
        var unreachableCount = run.Count(CopyDelivery.Unreachable);
        Log.Routed(logger, request.Id, reach, sentCount, unreachableCount);
        return JobOutcome.Done;
    }

    private async Task DeliverAsync(RoutingRun run, RosterMember person, CopyReason reason, bool canClaim, string? why, IReadOnlyList<string> unreachable, CancellationToken cancellationToken)
    {
        if (run.Existing.ContainsKey(person.AadObjectId))
        {
            return;
        }

        var now = time.GetUtcNow();
        var cardId = Guid.CreateVersion7(now).ToString("N");
        var card = CoachRequestCard.Create(new CoachRequestModel(views.Card(run.Request), CoachCopyView.Open, null, canClaim, why, unreachable), cardId);
        var outcome = await messenger.SendToUserAsync(person.AadObjectId, new MessageContent.Card(card), cancellationToken);
        CopyDelivery delivery;
        string? conversationId = null, activityId = null;
        switch (outcome)
        {
            case SendOutcome.Sent sent:
                (delivery, conversationId, activityId) = (CopyDelivery.Sent, sent.ConversationId, sent.ActivityId);
                break;
            case SendOutcome.Throttled { Queued: true }:
                // The outbox sends it when Teams allows, and then reports its activity id (RecordDeliveredAsync).
                delivery = CopyDelivery.Queued;
                break;
            case SendOutcome.Throttled throttled:
                run.WaitFor = run.WaitFor is { } longer && longer > throttled.RetryAfter ? longer : throttled.RetryAfter;
                return;
            case SendOutcome.NotReachable:
                delivery = CopyDelivery.Unreachable;
                break;
            default:
                delivery = CopyDelivery.Failed;
                break;
        }

        var copy = new RequestCopy(run.Request.Id, person.AadObjectId, person.DisplayName, reason, delivery, cardId, conversationId, activityId, CopyView.Open, canClaim, now);
        await copies.SaveAsync(copy, cancellationToken);
        run.Existing[person.AadObjectId] = copy;
    }

    private string TeacherText(SupportRequest request, Reach reach, int coveringCount, RoutingRun run)
    {
        var what = views.SupportAt(request);
        var id = request.ShownId;
        var coaches = run.Count(CopyReason.Covers);
        return reach switch
        {
            Reach.Coaches => $"I've passed request {id} to {coaches} coach{(coaches == 1 ? "" : "es")} who cover{(coaches == 1 ? "s" : "")} {what}. I'll tell you here who picks it up.",
            Reach.LeadCoaches => (coveringCount == 0
                    ? $"No coach covers {what} yet, so "
                    : $"The coaches who cover {what} can't be reached right now, so ")
                + $"I've passed request {id} to your school's lead coach{(run.Count(CopyReason.LeadCoach) == 1 ? "" : "es")}, who will find someone. I'll tell you here who picks it up.",
            Reach.Admins => (coveringCount == 0
                    ? $"No coach or lead coach covers {what} yet, so "
                    : $"The coaches who cover {what} can't be reached right now and no lead coach could take it, so ")
                + $"I've passed request {id} to the CoachBot admins, who will find someone. I'll tell you here who picks it up.",
            _ => $"I'm sorry: I couldn't pass request {id} to anyone. No coach, lead coach or admin who could take it can be reached in Teams right now. "
                + "Your request is saved and stays open (see **my requests**); please also contact your technology coach directly.",
        };
    }

    /// <summary>How far down the line the request had to go.</summary>
    internal enum Reach
    {
        Coaches,
        LeadCoaches,
        Admins,
        Nobody,
    }

    /// <summary>One run's view of the copies: those made before and those made now.</summary>
    private sealed class RoutingRun(SupportRequest request, Dictionary<string, RequestCopy> existing)
    {
        public SupportRequest Request { get; } = request;

        public Dictionary<string, RequestCopy> Existing { get; } = existing;

        /// <summary>The longest wait Teams asked for before opening a 1:1 chat, if it did.</summary>
        public TimeSpan? WaitFor { get; set; }

        public bool Reached(CopyReason reason) =>
            Existing.Values.Any(copy => copy.Reason == reason && copy.Delivery is CopyDelivery.Sent or CopyDelivery.Queued);

        public int Count(CopyReason reason) =>
            Existing.Values.Count(copy => copy.Reason == reason && copy.Delivery is CopyDelivery.Sent or CopyDelivery.Queued);

        public int Count(CopyDelivery delivery) => Existing.Values.Count(copy => copy.Delivery == delivery);

        public IReadOnlyList<string> UnreachableNames(CopyReason reason) =>
        [
            .. Existing.Values
                .Where(copy => copy.Reason == reason && copy.Delivery is CopyDelivery.Unreachable or CopyDelivery.Failed)
                .Select(copy => string.IsNullOrWhiteSpace(copy.RecipientName) ? "A coach without a name in Teams" : copy.RecipientName.Trim())
                .Order(StringComparer.OrdinalIgnoreCase),
        ];
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4402, Level = LogLevel.Information, Message = "Support request {RequestId} routed to {Reach}: {Copies} copies out, {Unreachable} unreachable")]
        public static partial void Routed(ILogger logger, string requestId, Reach reach, int copies, int unreachable);
    }
}
