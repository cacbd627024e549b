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
/// <para>
/// When the school has a coaching channel, the request is posted there once instead of 1:1 (the coaches who cover it are
/// recorded as seeing it there); should the channel be unreachable, it goes 1:1 as usual. After a coach gives a request back
/// (<c>release</c>, a new round) it is routed again: coaches who have a copy and did not pass are told it is open again (the
/// copy itself is brought back to open by the follow-up job), those who cover it and have none get one. Routed, the
/// request's reminder is scheduled in school days, or its escalation at once when every coach it went to has passed.
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
    ILogger<RouteRequestJob> logger,
    ICoachingChannelStore channels,
    IRequestFollowThroughStore followThrough,
    CopyCards cards,
    SchoolDayClock clock,
    IJobScheduler jobs) : IJobHandler
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
        var channel = await channels.FindAsync(request.School, cancellationToken);
        if (channel is not null && await PostInChannelAsync(run, channel, cancellationToken) is { } channelWait)
        {
            return channelWait;
        }

        foreach (var coach in covering)
        {
            if (run.InChannel)
            {
                await SeenInChannelAsync(run, coach.Member, cancellationToken);
            }
            else
            {
                await DeliverAsync(run, coach.Member, CopyReason.Covers, canClaim: true, why: null, unreachable: [], cancellationToken);
            }
        }

        if (request.Round > 1)
        {
            await TellOpenAgainAsync(run, cancellationToken);
            if (!run.Reached(CopyReason.Covers) && run.WaitFor is null)
            {
                // Given back, and every coach who covers it has passed on it (or gave it back): it goes to the lead coaches
                // now, and the escalation tells the teacher what happened.
                await requests.MarkRoutedAsync(request.Id, time.GetUtcNow(), cancellationToken);
                await jobs.ScheduleNudgeAsync(request, RequestNudgeJob.EscalateAllPassed, time.GetUtcNow(), cancellationToken);
                await jobs.ScheduleFollowUpAsync(request.Id, time.GetUtcNow(), cancellationToken);
                Log.Routed(logger, request.Id, Reach.LeadCoaches, 0, 0);
                return JobOutcome.Done;
            }
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
        await ScheduleFollowUpsAsync(request, cancellationToken);
        if (request.Round > 1)
        {
            // Given back: the copies show Claim again, and the coach who gave it back sees that they did.
            await jobs.ScheduleFollowUpAsync(request.Id, time.GetUtcNow(), cancellationToken);
        }
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
        var draft = new RequestCopy(run.Request.Id, person.AadObjectId, person.DisplayName, reason, CopyDelivery.Sent, cardId, null, null, CopyView.Open, canClaim, now);
        var card = cards.Card(run.Request, draft, CopyView.Open, [.. run.Existing.Values], cardId, why: why, unreachable: unreachable);
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

        var copy = new RequestCopy(run.Request.Id, person.AadObjectId, person.DisplayName, reason, delivery, cardId, conversationId, activityId, CopyView.Open, canClaim, now)
        {
            Round = run.Request.Round,
        };
        await copies.SaveAsync(copy, cancellationToken);
        run.Existing[person.AadObjectId] = copy;
    }

    /// <summary>
    /// Posts the request in the school's coaching channel (once per round): null when it went out (or Teams queued it) or
    /// when the channel cannot be reached (then it goes 1:1, logged); a retry when Teams asked to wait.
    /// </summary>
    private async Task<JobOutcome?> PostInChannelAsync(RoutingRun run, CoachingChannel channel, CancellationToken cancellationToken)
    {
        var key = RequestCopy.ChannelRecipient(channel.ChannelId);
        if (run.Existing.TryGetValue(key, out var posted) && posted.Delivery is CopyDelivery.Sent or CopyDelivery.Queued)
        {
            run.InChannel = true;
            if (run.Request.Round > 1 && posted.Round < run.Request.Round && posted.ConversationId is { } conversation)
            {
                var again = $"Request {run.Request.ShownId} ({views.SupportAt(run.Request)}) is open again: "
                    + $"{run.Request.ReleasedBy?.NameForReplies ?? "the coach who had it"} gave it back. Its post in this channel has Claim again.";
                await messenger.SendToConversationAsync(conversation, new MessageContent.Text(again), cancellationToken);
                await followThrough.MarkCopyRoundAsync(run.Request.Id, key, run.Request.Round, time.GetUtcNow(), cancellationToken);
            }

            return null;
        }

        var now = time.GetUtcNow();
        var cardId = Guid.CreateVersion7(now).ToString("N");
        var copy = new RequestCopy(run.Request.Id, key, "the coaching channel", CopyReason.Channel, CopyDelivery.Sent, cardId, channel.ChannelId, null, CopyView.Open, true, now)
        {
            Round = run.Request.Round,
        };
        var card = cards.Card(run.Request, copy, CopyView.Open, [.. run.Existing.Values], cardId);
        var outcome = await messenger.SendToConversationAsync(channel.ChannelId, new MessageContent.Card(card), cancellationToken);
        switch (outcome)
        {
            case SendOutcome.Throttled { Queued: false } wait:
                return JobOutcome.RetryAt(now + wait.RetryAfter, "Teams asked to wait before posting in the coaching channel");
            case SendOutcome.Sent sent:
                copy = copy with { ConversationId = sent.ConversationId, ActivityId = sent.ActivityId };
                break;
            case SendOutcome.Throttled:
                copy = copy with { Delivery = CopyDelivery.Queued };
                break;
            default:
                Log.ChannelUnreachable(logger, run.Request.Id, outcome.GetType().Name);
                return null;
        }

        await copies.SaveAsync(copy, cancellationToken);
        run.Existing[key] = copy;
        run.InChannel = true;
        return null;
    }

    /// <summary>Records that a coach who covers the request sees it in the coaching channel (no message of their own).</summary>
    private async Task SeenInChannelAsync(RoutingRun run, RosterMember person, CancellationToken cancellationToken)
    {
        if (run.Existing.ContainsKey(person.AadObjectId))
        {
            return;
        }

        var copy = new RequestCopy(run.Request.Id, person.AadObjectId, person.DisplayName, CopyReason.Covers, CopyDelivery.InChannel, null, null, null,
            CopyView.Open, true, time.GetUtcNow()) { Round = run.Request.Round };
        await copies.SaveAsync(copy, cancellationToken);
        run.Existing[person.AadObjectId] = copy;
    }

    /// <summary>A request given back: those who still have it in their chat and did not pass are told it is open again.</summary>
    private async Task TellOpenAgainAsync(RoutingRun run, CancellationToken cancellationToken)
    {
        var request = run.Request;
        foreach (var copy in CopyCards.Routed(run.Existing.Values).Where(copy => copy.PassedAt is null && copy.Round < request.Round).ToList())
        {
            if (copy.Delivery is CopyDelivery.Sent or CopyDelivery.Queued)
            {
                var text = $"Request {request.ShownId} from {request.TeacherNameForReplies} ({views.SupportAt(request)}) is open again: "
                    + $"{request.ReleasedBy?.NameForReplies ?? "the coach who had it"} gave it back. Its card has Claim and Not mine again; type **request {request.ShownId}** to see it.";
                await messenger.SendToUserAsync(copy.RecipientAadObjectId, new MessageContent.Text(text), cancellationToken);
            }

            await followThrough.MarkCopyRoundAsync(request.Id, copy.RecipientAadObjectId, request.Round, time.GetUtcNow(), cancellationToken);
            run.Existing[copy.RecipientAadObjectId] = copy with { Round = request.Round };
        }
    }

    /// <summary>The reminder in school days, or the escalation at once when every coach it went to has passed.</summary>
    private async Task ScheduleFollowUpsAsync(SupportRequest request, CancellationToken cancellationToken)
    {
        if (CopyCards.EveryonePassed(await copies.ListAsync(request.Id, cancellationToken)))
        {
            await jobs.ScheduleNudgeAsync(request, RequestNudgeJob.EscalateAllPassed, time.GetUtcNow(), cancellationToken);
        }
        else if (clock.After(request.OpenSince, cards.Options.ClaimWithinSchoolDays) is { } remindAt)
        {
            await jobs.ScheduleNudgeAsync(request, RequestNudgeJob.Remind, remindAt, cancellationToken);
        }
    }

    private string TeacherText(SupportRequest request, Reach reach, int coveringCount, RoutingRun run)
    {
        var what = views.SupportAt(request);
        var id = request.ShownId;
        var coaches = run.Count(CopyReason.Covers);
        var again = request.Round > 1
            ? $"{request.ReleasedBy?.NameForReplies ?? "The coach who had it"} can't help with request {id} after all and gave it back, so it's open again. "
            : "";
        var passed = request.Round > 1 ? "it" : $"request {id}";
        return again + reach switch
        {
            Reach.Coaches when run.InChannel =>
                $"I've posted {passed} in the coaching channel{(string.IsNullOrEmpty(request.School) ? "" : $" of {request.School}")}, where {coaches} coach{(coaches == 1 ? "" : "es")} who cover{(coaches == 1 ? "s" : "")} {views.Roles.TitleOf(request.RoleId)} can see it (so can the others in that team). I'll tell you here who picks it up.",
            Reach.Coaches => $"I've passed {passed} to {coaches} coach{(coaches == 1 ? "" : "es")} who cover{(coaches == 1 ? "s" : "")} {what}. I'll tell you here who picks it up.",
            Reach.LeadCoaches => (coveringCount == 0
                    ? $"No coach covers {what} yet, so "
                    : $"The coaches who cover {what} can't be reached right now, so ")
                + $"I've passed {passed} to your school's lead coach{(run.Count(CopyReason.LeadCoach) == 1 ? "" : "es")}, who will find someone. I'll tell you here who picks it up.",
            Reach.Admins => (coveringCount == 0
                    ? $"No coach or lead coach covers {what} yet, so "
                    : $"The coaches who cover {what} can't be reached right now and no lead coach could take it, so ")
                + $"I've passed {passed} to the CoachBot admins, who will find someone. I'll tell you here who picks it up.",
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

        /// <summary>True when the request is posted in the school's coaching channel (the covering coaches see it there).</summary>
        public bool InChannel { get; set; }

        /// <summary>The longest wait Teams asked for before opening a 1:1 chat, if it did.</summary>
        public TimeSpan? WaitFor { get; set; }

        /// <summary>Someone of <paramref name="reason"/> has the request and has not passed on it (nor given it back).</summary>
        public bool Reached(CopyReason reason) =>
            Existing.Values.Any(copy => copy.Reason == reason && copy.PassedAt is null && copy.Delivery is CopyDelivery.Sent or CopyDelivery.Queued or CopyDelivery.InChannel);

        public int Count(CopyReason reason) =>
            Existing.Values.Count(copy => copy.Reason == reason && copy.PassedAt is null && copy.Delivery is CopyDelivery.Sent or CopyDelivery.Queued or CopyDelivery.InChannel);

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

        [LoggerMessage(EventId = 5206, Level = LogLevel.Warning, Message = "Support request {RequestId} could not be posted in its school's coaching channel ({Outcome}); sent 1:1 instead")]
        public static partial void ChannelUnreachable(ILogger logger, string requestId, string outcome);
    }
}
