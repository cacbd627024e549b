using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// Support requests: a teacher asks for coach support (a form), the coaches who cover its role at the teacher's school get
/// it 1:1 with Claim, the first Claim wins, and the teacher is told who will help. Teachers list and cancel their own
/// requests; a teacher's school is asked once and changed with <c>my school</c>. Messages that ask for help reach the
/// form through the roles Q&amp;A (<c>RequestOrQuestion</c>), and so does "Ask a coach about this" on its answers.
/// <para>
/// Follow-through (docs/requests.md): Not mine beside Claim; reminders and escalation to the lead coaches counted in school
/// days; <c>assign</c>; a coach's <c>my queue</c>; Done with a note and the teacher's one-tap rating; <c>release</c>; the
/// reminder to finish a claim; and an optional coaching channel per school.
/// </para>
/// </summary>
public sealed class RequestsFeature : IFeature
{
    public string Name => "requests";

    public void Register(FeatureBuilder feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        feature.Services.TryAddSingleton<RequestViews>();
        feature.Services.TryAddSingleton<RequestActions>();
        feature.Services.TryAddSingleton<CopyCards>();
        feature.Services.TryAddSingleton<ChannelPresses>();
        feature.Services.TryAddSingleton<SchoolDayClock>();
        feature
            .Json(RequestsJsonContext.Default)
            .Json(RequestsActionJsonContext.Default)
            .Store<IRequestStore>()
            .Store<IRequestCopyStore>()
            .Store<IRequestFollowThroughStore>()
            .Store<ICoachingChannelStore>()
            .Store<ITeamsChannels>()
            .Options<RequestsOptions>(RequestsOptions.SectionName)
            .Welcome(new WelcomeLine("pass your request for support to the coaches whose role fits it, and tell you who picks it up"))
            .Help(new HelpLine("Ask a coach for help", "just say what you need, e.g. \"I need help with Padlet for my 5th grade class\""))
            .Command<RequestSupportCommand>(new CommandInfo(
                RequestSupportCommand.Name, "ask a coach for support with a short form (**request R-7K3Q9X** shows one you asked)", IsPrivate: true,
                Aliases: ["request", "ask a coach", "request help", "new request"]))
            .Command<MyRequestsCommand>(new CommandInfo(
                "my requests", "your requests, who is helping, and Cancel for the open ones", IsPrivate: true, Aliases: ["my request", "requests", "my support requests"]))
            .Command<CancelRequestCommand>(new CommandInfo(
                "cancel request", "cancel one of your open requests", IsPrivate: true, Usage: "cancel request R-7K3Q9X"))
            .Command<MySchoolCommand>(new CommandInfo(
                "my school", "the school you teach at: your requests go to its coaches", IsPrivate: true, Aliases: ["set my school", "change my school"]))
            .Welcome(new WelcomeLine("keep your queue of teachers' requests: claim or pass, mark them done with a note, and see how teachers rated your help", CoachingRoles.CoachName))
            .Help(new HelpLine("Claim, Not mine, Done", "the buttons on a request's card: take it, pass it to the other coaches, or mark it done with a note for the teacher", CoachingRoles.CoachName))
            .Command<MyQueueCommand>(new CommandInfo(
                "my queue", "requests waiting for you and those you claimed, oldest first (in school days), and how teachers rated your help",
                CoachingRoles.CoachName, IsPrivate: true, Aliases: ["queue", "my request queue"]))
            .Command<ReleaseRequestCommand>(new CommandInfo(
                "release", "give back a request you claimed: it goes to the coaches again and the teacher is told",
                CoachingRoles.CoachName, IsPrivate: true, Aliases: ["release request", "give back"], Usage: "release R-7K3Q9X"))
            .Command<AssignRequestCommand>(new CommandInfo(AssignRequestCommand.Name, null, IsPrivate: true, Aliases: ["assign request"], Usage: "assign R-7K3Q9X @Name"))
            .Help(new HelpLine("assign R-7K3Q9X @Name", "give a request that came to you to a coach (it's claimed for them, and the teacher is told)", CoachingRoles.LeadCoachName))
            .Help(new HelpLine("assign R-7K3Q9X @Name", "give a request that came to you to a coach (it's claimed for them, and the teacher is told)", CoachingRoles.AdminName))
            .Command<SetCoachingChannelCommand>(new CommandInfo("set coaching channel", null, Usage: "set coaching channel"))
            .Command<ClearCoachingChannelCommand>(new CommandInfo("clear coaching channel", null, Usage: "clear coaching channel"))
            .Help(new HelpLine("set coaching channel", "in a Teams channel: post requests for your school there instead of 1:1 (**clear coaching channel** undoes it)", CoachingRoles.LeadCoachName))
            .Help(new HelpLine("set coaching channel", "in a Teams channel: post requests for a school there instead of 1:1 (**clear coaching channel** undoes it)", CoachingRoles.AdminName))
            .Dialog<RequestDialog>()
            .Dialog<MySchoolDialog>()
            .Verb<RequestClaimVerb>()
            .Verb<RequestCancelVerb>()
            .Verb<SupportAskVerb>()
            .Verb<RequestPassVerb>()
            .Verb<RequestDoneVerb>()
            .Verb<RequestRateVerb>()
            .Job<RouteRequestJob>()
            .Job<RequestFollowUpJob>()
            .Job<RequestNudgeJob>();
    }
}
