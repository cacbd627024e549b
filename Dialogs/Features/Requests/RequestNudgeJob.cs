using System.Text.Json;
using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// <c>request.nudge</c>: the follow-ups counted in school days (<see cref="SchoolDayClock"/>), one pending per request.
/// <list type="bullet">
/// <item><b>remind</b>: an open request nobody claimed in <c>Requests:ClaimWithinSchoolDays</c>: one new message to each coach
/// it went to who did not pass (in a coaching channel, one post mentioning them); then the escalation is scheduled.</item>
/// <item><b>escalate</b>: as many school days later (or at once when every coach passed): to the lead coaches who cover the
/// school, else all lead coaches, else the admins, who can claim it or <c>assign</c> it; the teacher is told honestly.</item>
/// <item><b>done</b>: a claim with no Done after <c>Requests:DoneWithinSchoolDays</c>: the coach is reminded once.</item>
/// </list>
/// Each run reads the request as it is now and does nothing when it moved on (claimed, cancelled, given back, done), so a
/// job that outlived its purpose ends quietly. Due times are computed from stored instants, so a restart changes nothing.
/// </summary>
public sealed partial class RequestNudgeJob(
    IRequestStore requests,
    IRequestCopyStore copies,
    IRequestFollowThroughStore followThrough,
    ICoverageStore coverage,
    RosterManager roster,
    IProactiveMessenger messenger,
    CopyCards cards,
    SchoolDayClock clock,
    IJobScheduler jobs,
    TimeProvider time,
    ILogger<RequestNudgeJob> logger) : IJobHandler
{
    public const string JobKind = "request.nudge";

    public const string Remind = "remind";
    public const string Escalate = "escalate";

    /// <summary>The escalation at once, because every coach it went to passed on it (or gave it back).</summary>
    public const string EscalateAllPassed = "escalate-passed";
    public const string DoneReminder = "done";

    public string Kind => JobKind;

    public async Task<JobOutcome> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = JsonSerializer.Deserialize(context.PayloadJson, RequestsJsonContext.Default.NudgeJobPayload);
        if (payload is null || await requests.FindAsync(payload.RequestId, cancellationToken) is not { } request)
        {
            return JobOutcome.Done;
        }

        return payload.Stage switch
        {
            Remind when request.Status == RequestStatus.Open && request.Round == payload.Round && request.EscalatedAt is null
                => await RemindAsync(request, cancellationToken),
            Escalate or EscalateAllPassed when request.Status == RequestStatus.Open && request.Round == payload.Round && request.EscalatedAt is null
                => await EscalateAsync(request, payload.Stage == EscalateAllPassed ? Escalation.AllPassed : Escalation.Unclaimed, cancellationToken),
            DoneReminder when request is { Status: RequestStatus.Claimed, DoneRemindedAt: null, ClaimedAt: { } claimedAt }
                && claimedAt.ToUnixTimeMilliseconds() == payload.ClaimedAt
                => await RemindToFinishAsync(request, claimedAt, cancellationToken),
            _ => JobOutcome.Done,
        };
    }

    private async Task<JobOutcome> RemindAsync(SupportRequest request, CancellationToken cancellationToken)
    {
        var all = await copies.ListAsync(request.Id, cancellationToken);
        var waiting = CopyCards.Routed(all).Where(copy => copy.PassedAt is null).ToList();
        var waited = SchoolDayClock.Describe(cards.Options.ClaimWithinSchoolDays);
        if (request.RemindedAt is null)
        {
            var views = cards.Views;
            foreach (var copy in waiting.Where(copy => copy.Delivery is CopyDelivery.Sent or CopyDelivery.Queued && copy.Round <= request.Round))
            {
                var text = $"Reminder: request {request.ShownId} from {request.TeacherNameForReplies} ({views.SupportAt(request)}, "
                    + $"{RequestViews.UrgencyTitle(request.Urgency).ToLowerInvariant()}) has waited {waited} and nobody has claimed it. "
                    + $"Press Claim or Not mine on its card, or type **request {request.ShownId}** to see it again.";
                var sent = await messenger.SendToUserAsync(copy.RecipientAadObjectId, new MessageContent.Text(text), cancellationToken);
                if (sent is not (SendOutcome.Sent or SendOutcome.Throttled { Queued: true }))
                {
                    // Not retried: a run again would remind the others twice, and the escalation follows anyway.
                    Log.ReminderNotSent(logger, request.Id, sent.GetType().Name);
                }
            }

            if (all.FirstOrDefault(copy => copy.IsChannel && copy.ConversationId is not null) is { } post)
            {
                var inChannel = waiting.Where(copy => copy.Delivery == CopyDelivery.InChannel).ToList();
                var teamsIds = (await roster.ListAsync(CoachingRole.Coach, cancellationToken))
                    .ToDictionary(listing => listing.Member.AadObjectId, listing => listing.Member.TeamsId, StringComparer.Ordinal);
                var mentions = inChannel
                    .Select(copy => (Id: teamsIds.GetValueOrDefault(copy.RecipientAadObjectId) ?? copy.RecipientAadObjectId, Name: copy.RecipientName ?? "Coach"))
                    .ToList();
                var card = RequestChannelReminderCard.Create(views.Card(request), waited, mentions, Guid.CreateVersion7(time.GetUtcNow()).ToString("N"));
                var posted = await messenger.SendToConversationAsync(post.ConversationId!, new MessageContent.Card(card), cancellationToken);
                if (posted is not (SendOutcome.Sent or SendOutcome.Throttled { Queued: true }))
                {
                    Log.ReminderNotSent(logger, request.Id, posted.GetType().Name);
                }
            }

            await followThrough.MarkRemindedAsync(request.Id, request.Round, time.GetUtcNow(), cancellationToken);
            Log.Reminded(logger, request.Id, waiting.Count);
        }

        if (clock.After(request.OpenSince, 2 * cards.Options.ClaimWithinSchoolDays) is { } escalateAt)
        {
            await jobs.ScheduleNudgeAsync(request, Escalate, escalateAt, cancellationToken);
        }

        return JobOutcome.Done;
    }

    private async Task<JobOutcome> EscalateAsync(SupportRequest request, Escalation why, CancellationToken cancellationToken)
    {
        var all = await copies.ListAsync(request.Id, cancellationToken);
        request = request with { Escalation = why };
        var (recipients, reach) = await RecipientsAsync(request, cancellationToken);
        var existing = all.ToDictionary(copy => copy.RecipientAadObjectId, StringComparer.Ordinal);
        var reached = 0;
        foreach (var (person, canClaim) in recipients)
        {
            var now = time.GetUtcNow();
            if (existing.TryGetValue(person.AadObjectId, out var had) && had is { Reason: CopyReason.Escalation, Round: var round } && round == request.Round)
            {
                reached += had.Delivery is CopyDelivery.Sent or CopyDelivery.Queued ? 1 : 0;
                continue;
            }

            if (had is { CanClaim: true, PassedAt: null, Delivery: CopyDelivery.Sent or CopyDelivery.Queued } && CopyCards.ShownTo(request, had) == CopyView.Open)
            {
                // They already have it in their chat (as a lead coach it fell back to): that card is redrawn as the escalation, and
                // they are told in a new message.
                var escalation = had with { Reason = CopyReason.Escalation, Round = request.Round, UpdatedAt = now };
                if (had is { ConversationId: { } conversation, ActivityId: { } activity })
                {
                    var redrawn = cards.Card(request, escalation, CopyView.Open, all, had.CardId ?? Guid.CreateVersion7(now).ToString("N"));
                    await messenger.UpdateAsync(conversation, activity, new MessageContent.Card(redrawn), cancellationToken);
                }

                var note = $"Request {request.ShownId} from {request.TeacherNameForReplies} ({cards.SupportAt(request)}) still needs a coach. "
                    + cards.EscalationWhy(request, had.CanClaim) + $" Claim it on its card, or type **assign {request.ShownId} @Name**.";
                var noted = await messenger.SendToUserAsync(person.AadObjectId, new MessageContent.Text(note), cancellationToken);
                if (noted is SendOutcome.Throttled { Queued: false } busy)
                {
                    return JobOutcome.RetryAt(now + busy.RetryAfter, "Teams asked to wait before a lead coach could be told");
                }

                await copies.SaveAsync(escalation, cancellationToken);
                reached++;
                continue;
            }

            var cardId = Guid.CreateVersion7(now).ToString("N");
            var copy = new RequestCopy(request.Id, person.AadObjectId, person.DisplayName, CopyReason.Escalation, CopyDelivery.Sent, cardId, null, null,
                CopyView.Open, canClaim, now) { Round = request.Round };
            var card = cards.Card(request, copy, CopyView.Open, all, cardId);
            var outcome = await messenger.SendToUserAsync(person.AadObjectId, new MessageContent.Card(card), cancellationToken);
            switch (outcome)
            {
                case SendOutcome.Throttled { Queued: false } wait:
                    return JobOutcome.RetryAt(now + wait.RetryAfter, "Teams asked to wait before a lead coach could be reached");
                case SendOutcome.Sent sent:
                    copy = copy with { ConversationId = sent.ConversationId, ActivityId = sent.ActivityId };
                    reached++;
                    break;
                case SendOutcome.Throttled:
                    copy = copy with { Delivery = CopyDelivery.Queued };
                    reached++;
                    break;
                default:
                    copy = copy with { Delivery = CopyDelivery.Unreachable };
                    break;
            }

            // A copy they passed on stays as it is ("You passed on this"): this new card is the one with buttons.
            await copies.SaveAsync(copy, cancellationToken);
        }

        var others = CopyCards.Routed(all).Count(copy => copy.RecipientAadObjectId != request.ReleasedBy?.AadObjectId);
        var text = TeacherText(request, reached == 0 ? Reach.Nobody : reach, others);
        var told = await messenger.SendToUserAsync(request.TeacherAadObjectId, new MessageContent.Text(text), cancellationToken);
        if (told is SendOutcome.Throttled { Queued: false } later)
        {
            return JobOutcome.RetryAt(time.GetUtcNow() + later.RetryAfter, "Teams asked to wait before the teacher could be told");
        }

        if (reached > 0)
        {
            // Nobody reached: the request stays with whoever has it ("my requests" still says it waits for a coach), and a later
            // Not mine tries again.
            await followThrough.MarkEscalatedAsync(request.Id, request.Round, why, time.GetUtcNow(), cancellationToken);
        }

        Log.Escalated(logger, request.Id, why, reach, reached);
        return JobOutcome.Done;
    }

    private async Task<JobOutcome> RemindToFinishAsync(SupportRequest request, DateTimeOffset claimedAt, CancellationToken cancellationToken)
    {
        var coach = request.ClaimedBy!;
        var text = $"Request {request.ShownId} from {request.TeacherNameForReplies} ({cards.SupportAt(request)}) has been yours for "
            + $"{SchoolDayClock.Describe(clock.Age(claimedAt, time.GetUtcNow()))} and isn't marked done. When you've helped, write a short note and press Done "
            + $"on its card (type **request {request.ShownId}**). Can't help after all? Type **release {request.ShownId}** and it goes back to the coaches.";
        var sent = await messenger.SendToUserAsync(coach.AadObjectId, new MessageContent.Text(text), cancellationToken);
        if (sent is SendOutcome.Throttled { Queued: false } wait)
        {
            return JobOutcome.RetryAt(time.GetUtcNow() + wait.RetryAfter, "Teams asked to wait before the coach could be reminded");
        }

        await followThrough.MarkDoneRemindedAsync(request.Id, claimedAt, time.GetUtcNow(), cancellationToken);
        Log.DoneReminded(logger, request.Id);
        return JobOutcome.Done;
    }

    /// <summary>The lead coaches who cover the school (with one school: all), else all lead coaches, else the admins.</summary>
    private async Task<(IReadOnlyList<(RosterMember Person, bool CanClaim)> People, Reach Reach)> RecipientsAsync(SupportRequest request, CancellationToken cancellationToken)
    {
        var teacher = request.TeacherAadObjectId;
        var releaser = request.Round > 1 ? request.ReleasedBy?.AadObjectId : null; // who just gave it back is not asked to find someone
        var leads = (await roster.ListAsync(CoachingRole.LeadCoach, cancellationToken))
            .Where(lead => lead.Member.AadObjectId != teacher && lead.Member.AadObjectId != releaser && lead.Grants.Any(grant => grant.Role == CoachingRole.LeadCoach))
            .ToList();
        var covered = (await coverage.ListAsync(cancellationToken)).ToDictionary(entry => entry.AadObjectId, StringComparer.Ordinal);
        var single = !cards.Views.Schools.MustChoose;
        var ofSchool = leads.Where(lead => single || covered.GetValueOrDefault(lead.Member.AadObjectId)?.IncludesSchool(request.School) == true).ToList();
        if (ofSchool.Count > 0)
        {
            return ([.. ofSchool.Select(lead => (lead.Member, true))], Reach.SchoolLeads);
        }

        if (leads.Count > 0)
        {
            return ([.. leads.Select(lead => (lead.Member, true))], Reach.AllLeads);
        }

        var coachIds = (await roster.ListAsync(CoachingRole.Coach, cancellationToken)).Select(coach => coach.Member.AadObjectId).ToHashSet(StringComparer.Ordinal);
        var admins = (await roster.ListAsync(CoachingRole.Admin, cancellationToken))
            .Where(admin => admin.Member.AadObjectId != teacher && admin.Member.AadObjectId != releaser).ToList();
        return ([.. admins.Select(admin => (admin.Member, coachIds.Contains(admin.Member.AadObjectId)))], Reach.Admins);
    }

    /// <param name="others">Coaches it went to besides the one who gave it back.</param>
    private string TeacherText(SupportRequest request, Reach reach, int others)
    {
        var id = request.ShownId;
        var waited = SchoolDayClock.Describe(2 * cards.Options.ClaimWithinSchoolDays);
        var start = request.Escalation == Escalation.AllPassed
            ? request.Round > 1 && request.ReleasedBy is { } gaveBack
                ? $"{gaveBack.NameForReplies} can't help with your request {id} after all and gave it back, and "
                    + (others > 0 ? "the other coaches who got it can't take it on" : "no other coach covers it")
                : $"The coaches who got your request {id} can't take it on"
            : $"Nobody has picked up your request {id} yet (it has waited {waited})";
        return reach switch
        {
            Reach.SchoolLeads => $"{start}, so I've passed it to your school's lead coaches, who can take it or assign it to a coach. I'll tell you here who picks it up.",
            Reach.AllLeads => $"{start}, and your school has no lead coach in CoachBot, so I've passed it to the lead coaches, who can take it or assign it to a coach. I'll tell you here who picks it up.",
            Reach.Admins => $"{start}, and no lead coach in CoachBot can take it, so I've passed it to the CoachBot admins, who will find someone. I'll tell you here who picks it up.",
            _ => $"I'm sorry. {start}. I couldn't reach a lead coach or admin to pass it on, so it stays open (see **my requests**); "
                + "please also contact your technology coach directly.",
        };
    }

    internal enum Reach
    {
        SchoolLeads,
        AllLeads,
        Admins,
        Nobody,
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "Support request {RequestId} unclaimed: {Coaches} coaches reminded")]
        public static partial void Reminded(ILogger logger, string requestId, int coaches);

        [LoggerMessage(EventId = 5203, Level = LogLevel.Information, Message = "Support request {RequestId} escalated ({Why}) to {Reach}: {Reached} reached")]
        public static partial void Escalated(ILogger logger, string requestId, Escalation why, Reach reach, int reached);

        [LoggerMessage(EventId = 5205, Level = LogLevel.Warning, Message = "A reminder about support request {RequestId} could not be sent: {Outcome}")]
        public static partial void ReminderNotSent(ILogger logger, string requestId, string outcome);

        [LoggerMessage(EventId = 5204, Level = LogLevel.Information, Message = "The coach of support request {RequestId} was reminded to finish it")]
        public static partial void DoneReminded(ILogger logger, string requestId);
    }
}
