using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// <c>my queue</c>: a coach's requests — open ones that went to them and they have not passed on, and those they claimed,
/// oldest first with their age in school days, each with a button to open it — and the ones they finished lately, with
/// their note and the teacher's rating.
/// </summary>
public sealed class MyQueueCommand(IRequestFollowThroughStore followThrough, RequestViews views, SchoolDayClock clock, TimeProvider time) : IChatCommand
{
    /// <summary>Finished requests listed under "Done lately".</summary>
    public const int DoneShown = 10;

    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (People.KeyOf(context.Input.User.AadObjectId) is not { } coach)
        {
            context.Reply(RosterTexts.UnknownPerson);
            return;
        }

        var now = time.GetUtcNow();
        var zone = context.Input.TimeZone;
        var culture = context.Input.Culture;
        var open = await followThrough.ListOpenForAsync(coach, cancellationToken);
        var claimed = await followThrough.ListClaimedByAsync(coach, cancellationToken);
        var done = await followThrough.ListDoneByAsync(coach, DoneShown, cancellationToken);
        var model = new RequestQueueModel(
            [
                .. open.Select(request => new QueueItem(
                    views.Card(request, zone, culture),
                    $"asked {Ago(request.CreatedAt, now)}",
                    request.Round > 1 ? $"Open again: {request.ReleasedBy?.NameForReplies ?? "a coach"} gave it back" : null,
                    null)),
            ],
            [
                .. claimed.Select(request => new QueueItem(
                    views.Card(request, zone, culture),
                    $"asked {Ago(request.CreatedAt, now)}, claimed {Ago(request.ClaimedAt ?? now, now)}",
                    request.AssignedBy is { } by ? $"Assigned to you by {by.NameForReplies}" : null,
                    null)),
            ],
            [
                .. done.Select(request => new QueueItem(
                    views.Card(request, zone, culture),
                    $"done {Ago(request.DoneAt ?? now, now)}",
                    request.Rating switch
                    {
                        RequestRating.Helpful => "Rated helpful by the teacher",
                        RequestRating.NotHelpful => "Rated not helpful by the teacher",
                        _ => "Not rated yet",
                    },
                    request.DoneNote)),
            ]);
        context.Reply(RequestQueueCard.Create(model, context.NewCardId()));
    }

    private string Ago(DateTimeOffset since, DateTimeOffset now) =>
        clock.Age(since, now) is var days && days == 0 ? "today" : $"{SchoolDayClock.Describe(days)} ago";
}

/// <summary>
/// <c>release R-7K3Q9X</c>: the coach who claimed a request gives it back. It is open again in a new round and routed again
/// (not to them), the other coaches' copies show Claim again, and the teacher is told honestly. <c>release</c> alone lists the
/// requests they claimed, each with "Give it back".
/// </summary>
public sealed partial class ReleaseRequestCommand(
    IRequestStore requests,
    IRequestCopyStore copies,
    IRequestFollowThroughStore followThrough,
    RequestViews views,
    IJobScheduler jobs,
    TimeProvider time,
    ILogger<ReleaseRequestCommand> logger) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var coach = People.KeyOf(context.Input.User.AadObjectId);
        if (arguments.Length == 0 && coach is not null)
        {
            // No id: the requests they could give back, each with a button (giving one back stays a deliberate second step).
            var claimed = await followThrough.ListClaimedByAsync(coach, cancellationToken);
            if (claimed.Count == 0)
            {
                context.Reply("You have no claimed requests to give back. Type **my queue** to see what's waiting for you.");
                return;
            }

            context.Reply(RequestReleaseCard.Create([.. claimed.Select(request => views.Card(request, context.Input.TimeZone, context.Input.Culture))], context.NewCardId()));
            return;
        }

        if (!RequestIds.TryParse(arguments, requirePrefix: false, out var id))
        {
            context.Reply(FollowThroughTexts.WhichRequestToRelease);
            return;
        }

        var request = coach is null ? null : await requests.FindAsync(id, cancellationToken);
        if (request is null || (request.ClaimedBy?.AadObjectId != coach && await copies.FindAsync(request.Id, coach!, cancellationToken) is null))
        {
            context.Reply(RequestTexts.NotFound(RequestIds.Show(id)));
            return;
        }

        if (request.ClaimedBy?.AadObjectId != coach)
        {
            context.Reply(request.Status switch
            {
                RequestStatus.Open => $"Request {request.ShownId} isn't claimed, so there's nothing to give back.",
                RequestStatus.Cancelled => FollowThroughTexts.NotOpenAnyMore(request),
                _ => FollowThroughTexts.NotYours(request),
            });
            return;
        }

        if (request.Status == RequestStatus.Done)
        {
            context.Reply(FollowThroughTexts.CannotReleaseDone(request));
            return;
        }

        var change = await followThrough.TryReleaseAsync(request.Id, coach!, context.Input.User.Name, time.GetUtcNow(), cancellationToken);
        request = change.Request ?? request;
        if (!change.Changed)
        {
            context.Reply(request.Status == RequestStatus.Done ? FollowThroughTexts.CannotReleaseDone(request) : FollowThroughTexts.NotOpenAnyMore(request));
            return;
        }

        Log.Released(logger, request.Id, coach!);
        // Routed again; the routing then brings the copies up to date (Claim again; "You gave this back" for this coach).
        await jobs.ScheduleRouteAsync(request.FormCardId, time.GetUtcNow(), cancellationToken);
        context.Reply(FollowThroughTexts.Released(request));
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5210, Level = LogLevel.Information, Message = "Support request {RequestId} given back by {Coach}")]
        public static partial void Released(ILogger logger, string requestId, string coach);
    }
}

/// <summary>
/// <c>assign R-7K3Q9X @Name</c>: a lead coach or admin the request went to gives it to a coach (mentioned), who must be a
/// rostered coach or lead coach, not the teacher, and reachable in Teams. It is claimed for them at once; they get it in their
/// personal chat with Done, the teacher is told who will help, and the other copies show who has it.
/// </summary>
public sealed partial class AssignRequestCommand(
    IRequestStore requests,
    IRequestCopyStore copies,
    IRequestFollowThroughStore followThrough,
    RosterPolicy roster,
    IPeopleDirectory people,
    IPersonalChats chats,
    CopyCards cards,
    SchoolDayClock clock,
    IJobScheduler jobs,
    TimeProvider time,
    ILogger<AssignRequestCommand> logger) : IChatCommand
{
    public const string Name = "assign";

    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = context.Input.User;
        var roles = await roster.GetRolesAsync(actor.AadObjectId, cancellationToken);
        if (!roles.Has(CoachingRole.Admin) && !roles.Has(CoachingRole.LeadCoach))
        {
            context.Reply(FollowThroughTexts.OnlyLeadsAssign);
            return;
        }

        var typedId = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (!RequestIds.TryParse(typedId, requirePrefix: false, out var id) || context.Input.Mentions.Count != 1)
        {
            context.Reply(context.Input.Mentions.Count > 1 ? "Please mention one coach at a time. " + FollowThroughTexts.HowToAssign : FollowThroughTexts.HowToAssign);
            return;
        }

        var assigner = People.KeyOf(actor.AadObjectId)!;
        var request = await requests.FindAsync(id, cancellationToken);
        if (request is null || await copies.FindAsync(request.Id, assigner, cancellationToken) is null)
        {
            // Only someone the request went to knows of it (the data rule); to anyone else it does not exist.
            context.Reply(RequestTexts.NotFound(RequestIds.Show(id)));
            return;
        }

        var mention = context.Input.Mentions[0];
        var name = string.IsNullOrWhiteSpace(mention.Name) ? "That person" : mention.Name.Trim();
        if (!AadObjectIds.TryNormalize(mention.AadObjectId, out var coach))
        {
            context.Reply(RosterTexts.UnknownPerson);
            return;
        }

        if (coach == request.TeacherAadObjectId)
        {
            context.Reply(FollowThroughTexts.AssigneeIsTheTeacher(name));
            return;
        }

        if (!await roster.IsAllowedAsync(coach, CoachingRole.Coach, cancellationToken))
        {
            context.Reply(FollowThroughTexts.AssigneeNotACoach(name));
            return;
        }

        if (request.Status != RequestStatus.Open)
        {
            context.Reply(FollowThroughTexts.NotOpenAnyMore(request));
            return;
        }

        await people.RememberMentionedAsync(context.Input.ConversationId, mention, cancellationToken);
        if (await chats.FindOrCreateAsync(coach, cancellationToken) is null)
        {
            context.Reply(FollowThroughTexts.AssigneeUnreachable(name));
            return;
        }

        var change = await followThrough.TryAssignAsync(
            request.Id, new Helper(coach, mention.Id, mention.Name), new Helper(assigner, actor.Id, actor.Name), time.GetUtcNow(), cancellationToken);
        request = change.Request ?? request;
        if (!change.Changed)
        {
            context.Reply(FollowThroughTexts.NotOpenAnyMore(request));
            return;
        }

        Log.Assigned(logger, request.Id, coach, assigner);
        await jobs.ScheduleFollowUpAsync(request.Id, time.GetUtcNow(), cancellationToken);
        await jobs.ScheduleDoneReminderAsync(request, clock, cards.Options, cancellationToken);
        context.Reply(FollowThroughTexts.Assigned(request, name));
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5211, Level = LogLevel.Information, Message = "Support request {RequestId} assigned to {Coach} by {Assigner}")]
        public static partial void Assigned(ILogger logger, string requestId, string coach, string assigner);
    }
}

/// <summary>
/// <c>set coaching channel</c> (in a Teams channel, by an admin or a lead coach): from now on request cards for the school
/// are posted in this channel instead of 1:1. Stores the channel's id (<c>channelData.channel.id</c>, not the thread's), and
/// says how many of the team's members are not rostered coaches — they would see requests. With several schools the school
/// is named (<c>set coaching channel Lincoln</c>); a lead coach may set it for a school they cover.
/// </summary>
public sealed partial class SetCoachingChannelCommand(
    ITeamsChannels teams,
    ICoachingChannelStore channels,
    ICoverageStore coverage,
    RosterPolicy roster,
    RosterManager rosterList,
    Schools schools,
    TimeProvider time,
    ILogger<SetCoachingChannelCommand> logger) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = context.Input.User;
        var roles = await roster.GetRolesAsync(actor.AadObjectId, cancellationToken);
        if (!roles.Has(CoachingRole.Admin) && !roles.Has(CoachingRole.LeadCoach))
        {
            context.Reply(FollowThroughTexts.OnlyLeadsSetChannel);
            return;
        }

        var channel = context.Input.Scope == ConversationScope.Channel ? await teams.FindAsync(context.Input.ConversationId, cancellationToken) : null;
        if (channel is null)
        {
            context.Reply(FollowThroughTexts.ChannelOnlyInATeam);
            return;
        }

        if (await CoachingChannelSchools.PickAsync(context, arguments, "set coaching channel", schools, coverage, roles, cancellationToken) is not { } school)
        {
            return;
        }

        if (!await teams.RegisterAsync(channel, context.Input.ConversationId, cancellationToken))
        {
            context.Reply("I couldn't record this channel. Please try again in a moment.");
            return;
        }

        await channels.SaveAsync(new CoachingChannel(school, channel.ChannelId, channel.TeamId, People.KeyOf(actor.AadObjectId) ?? actor.Key, time.GetUtcNow()), cancellationToken);
        var members = await teams.ListMembersAsync(channel, cancellationToken);
        Log.Set(logger, members?.Count ?? -1);
        var shownSchool = schools.MustChoose ? school : null;
        if (members is null)
        {
            context.Reply(FollowThroughTexts.ChannelSetMembersUnknown(shownSchool));
            return;
        }

        var coaches = (await rosterList.ListAsync(CoachingRole.Coach, cancellationToken)).Select(listing => listing.Member.AadObjectId)
            .Concat((await rosterList.ListAsync(CoachingRole.LeadCoach, cancellationToken)).Select(listing => listing.Member.AadObjectId))
            .ToHashSet(StringComparer.Ordinal);
        var notCoaches = members.Count(member => People.KeyOf(member.AadObjectId) is not { } key || !coaches.Contains(key));
        context.Reply(FollowThroughTexts.ChannelSet(shownSchool, notCoaches, members.Count));
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5212, Level = LogLevel.Information, Message = "A coaching channel was set; the team has {Members} members (-1: not listed)")]
        public static partial void Set(ILogger logger, int members);
    }
}

/// <summary>
/// <c>clear coaching channel</c> (an admin or lead coach): requests go 1:1 again. In the channel it clears every school
/// posting there; elsewhere it names the school (<c>clear coaching channel Lincoln</c>), or takes the only one.
/// </summary>
public sealed partial class ClearCoachingChannelCommand(
    ITeamsChannels teams,
    ICoachingChannelStore channels,
    ICoverageStore coverage,
    RosterPolicy roster,
    Schools schools,
    ILogger<ClearCoachingChannelCommand> logger) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var roles = await roster.GetRolesAsync(context.Input.User.AadObjectId, cancellationToken);
        if (!roles.Has(CoachingRole.Admin) && !roles.Has(CoachingRole.LeadCoach))
        {
            context.Reply(FollowThroughTexts.OnlyLeadsSetChannel);
            return;
        }

        var here = context.Input.Scope == ConversationScope.Channel ? await teams.FindAsync(context.Input.ConversationId, cancellationToken) : null;
        List<string> cleared = [];
        if (here is not null && arguments.Length == 0)
        {
            var mine = await CoachingChannelSchools.AllowedAsync(context, schools, coverage, roles, cancellationToken);
            foreach (var channel in (await channels.ListAsync(cancellationToken)).Where(channel => channel.ChannelId == here.ChannelId && mine(channel.School)))
            {
                if (await channels.RemoveAsync(channel.School, cancellationToken))
                {
                    cleared.Add(channel.School);
                }
            }
        }
        else if (await CoachingChannelSchools.PickAsync(context, arguments, "clear coaching channel", schools, coverage, roles, cancellationToken) is { } school)
        {
            if (await channels.RemoveAsync(school, cancellationToken))
            {
                cleared.Add(school);
            }
        }
        else
        {
            return;
        }

        Log.Cleared(logger, cleared.Count);
        context.Reply(cleared.Count == 0 ? FollowThroughTexts.NoChannelToClear : FollowThroughTexts.ChannelCleared(schools.MustChoose ? cleared : []));
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5213, Level = LogLevel.Information, Message = "Coaching channel cleared for {Schools} schools")]
        public static partial void Cleared(ILogger logger, int schools);
    }
}

/// <summary>Which school a coaching-channel command is about, and whether the person may change it.</summary>
internal static class CoachingChannelSchools
{
    /// <summary>
    /// The school named in <paramref name="arguments"/> (or the only one); null after replying why not (several schools and
    /// none named, an unknown name, or a lead coach naming a school they do not cover).
    /// </summary>
    public static async Task<string?> PickAsync(DialogContext context, string arguments, string command, Schools schools, ICoverageStore coverage, EffectiveRoles roles, CancellationToken cancellationToken)
    {
        if (!schools.MustChoose)
        {
            return schools.SchoolOf(null);
        }

        if (arguments.Length == 0 || schools.Find(arguments) is not { } school)
        {
            context.Reply($"{(arguments.Length == 0 ? "Which school is it for?" : "I don't know that school.")} Type **{command}** and the school, for example "
                + $"**{command} {schools.Names[0]}**. The schools are: {string.Join(", ", schools.Names)}.");
            return null;
        }

        if (!(await AllowedAsync(context, schools, coverage, roles, cancellationToken))(school))
        {
            context.Reply($"As a lead coach you can do this for the schools you cover, and {school} isn't one of them. Ask an admin, or set your coverage with **my coverage**.");
            return null;
        }

        return school;
    }

    /// <summary>Which schools the person may change: any for an admin, those they cover for a lead coach (any with one school).</summary>
    public static async Task<Func<string, bool>> AllowedAsync(DialogContext context, Schools schools, ICoverageStore coverage, EffectiveRoles roles, CancellationToken cancellationToken)
    {
        if (roles.Has(CoachingRole.Admin) || !schools.MustChoose)
        {
            return _ => true;
        }

        var covered = People.KeyOf(context.Input.User.AadObjectId) is { } key ? await coverage.FindAsync(key, cancellationToken) : null;
        return school => covered?.IncludesSchool(school) == true;
    }
}
