using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Engine;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// Support requests: a teacher asks for coach support (a form), the coaches who cover its role at the teacher's school get
/// it 1:1 with Claim, the first Claim wins, and the teacher is told who will help. Teachers list and cancel their own
/// requests; a teacher's school is asked once and changed with <c>my school</c>. Messages that ask for help reach the
/// form through the roles Q&amp;A (<c>RequestOrQuestion</c>), and so does "Ask a coach about this" on its answers.
/// </summary>
public sealed class RequestsFeature : IFeature
{
    public string Name => "requests";

    public void Register(FeatureBuilder feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        feature.Services.TryAddSingleton<RequestViews>();
        feature.Services.TryAddSingleton<RequestActions>();
        feature
            .Json(RequestsJsonContext.Default)
            .Json(RequestsActionJsonContext.Default)
            .Store<IRequestStore>()
            .Store<IRequestCopyStore>()
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
            .Dialog<RequestDialog>()
            .Dialog<MySchoolDialog>()
            .Verb<RequestClaimVerb>()
            .Verb<RequestCancelVerb>()
            .Verb<SupportAskVerb>()
            .Job<RouteRequestJob>()
            .Job<RequestFollowUpJob>();
    }
}
