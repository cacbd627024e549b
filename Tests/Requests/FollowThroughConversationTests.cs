using CoachBot.Cards.Views.Requests;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Requests;

/// <summary>
/// What happens to a request after it went out, as people live it (in memory, through the host's composition and
/// pipeline): Not mine, escalation when everyone passed, Done with a note and the teacher's rating, giving a request back,
/// assigning it, a coach's queue, the reminder to finish a claim, and bad input on each.
/// </summary>
public sealed class FollowThroughConversationTests : IDisposable
{
    private const string Padlet = "I need help with Padlet for my 5th grade class";
    private const string Lincoln = "Lincoln Elementary";
    private const string Resources = TopicIds.ResourceProvider;
    private const string Note = "We set up Padlet walls for the science groups together; she runs them herself now.";

    private readonly SchoolWorld _world = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryCoachPressesNotMine_TheRequestGoesToTheLeadCoachAtOnce_AndTheTeacherIsToldHonestly()
    {
        await CoachesAsync();
        var (request, session) = await SubmitAndRouteAsync();

        await As(session, SchoolWorld.Coach)
            .Execute(RequestPassPayload.VerbName)
            .ExpectInvokeCard(CoachRequestCard.Kind)
            .ExpectCard(CoachRequestCard.Kind, passed =>
            {
                Assert.True(passed.IsUpdate);
                CardAssert.Contains(passed, "You passed on this");
                Assert.DoesNotContain(Padlet, passed.CardText(), StringComparison.Ordinal);
                Assert.DoesNotContain("| Claim", passed.CardText(), StringComparison.Ordinal);
                Assert.DoesNotContain("Not mine |", passed.CardText() + " |", StringComparison.Ordinal);
            })
            .RunJobs(_world)
            .ExpectNoMoreReplies()
            .Execute(RequestPassPayload.VerbName).ExpectInvokeMessage($"You've already passed on request {request.ShownId}")
            .As(SchoolWorld.NewCoach).In(ChatPlace.Personal(SchoolWorld.NewCoach))
            .Execute(RequestPassPayload.VerbName)
            .ExpectInvokeCard(CoachRequestCard.Kind)
            .ExpectCardUpdated(CoachRequestCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.LeadCoach, escalated =>
            {
                Assert.Equal(CoachRequestCard.Kind, escalated.CardKind);
                CardAssert.Contains(escalated, "Every coach it went to passed on it, so it comes to you as a lead coach");
                CardAssert.Contains(escalated, Padlet);
                CardAssert.Contains(escalated, "Bob Brown, Dave Diaz");
                CardAssert.Contains(escalated, $"assign {request.ShownId} @Name");
                CardAssert.Contains(escalated, "Claim");
                Assert.DoesNotContain("Not mine", escalated.CardText(), StringComparison.Ordinal);
            })
            .ExpectTo(SchoolWorld.Teacher, told => Assert.Equal(
                $"The coaches who got your request {request.ShownId} can't take it on, so I've passed it to your school's lead coaches, who can take it or assign it to a coach. I'll tell you here who picks it up.",
                told.Text))
            .ExpectNoMoreReplies()
            .As(SchoolWorld.Teacher).In(ChatPlace.Personal(SchoolWorld.Teacher))
            .Send("my requests").ExpectCard(RequestListCard.Kind, list => CardAssert.Contains(list, "Open: passed on to a lead coach or admin"));

        var escalatedRequest = await _world.LatestRequestAsync(SchoolWorld.Teacher);
        Assert.Equal((Escalation.AllPassed, RequestStatus.Open), (escalatedRequest.Escalation, escalatedRequest.Status));
        Assert.NotNull(escalatedRequest.EscalatedAt);
    }

    [Fact]
    public async Task Done_TellsTheTeacher_WhoRatesItOnce_AndTheCoachSeesTheRatingInTheirQueue()
    {
        await CoachesAsync();
        var (request, session) = await SubmitAndRouteAsync();

        await As(session, SchoolWorld.Coach)
            .Execute(RequestClaimPayload.VerbName)
            .ExpectInvokeCard(CoachRequestCard.Kind)
            .ExpectCard(CoachRequestCard.Kind, mine =>
            {
                CardAssert.Contains(mine, "What you did or agreed, for Alice Adams (up to 500 characters)");
                CardAssert.Contains(mine, "Done");
                CardAssert.Contains(mine, $"release {request.ShownId}");
            })
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Teacher, told => Assert.Equal(RequestClaimedCard.Kind, told.CardKind))
            .ExpectTo(SchoolWorld.NewCoach, other => CardAssert.Contains(other, "Claimed by Bob Brown"))
            .ExpectNoMoreReplies()
            .Execute(RequestDonePayload.VerbName, new { note = new string('x', 501) })
            .ExpectInvokeMessage("That note is 501 characters; please keep it to 500 or fewer")
            .Execute(RequestDonePayload.VerbName, new { note = "   " })
            .ExpectInvokeMessage("Please write a short note for the teacher first")
            .Execute(RequestDonePayload.VerbName)
            .ExpectInvokeMessage("Please write a short note for the teacher first")
            .ExpectNoMoreReplies()
            .Then(async _ => Assert.Equal(RequestStatus.Claimed, (await _world.LatestRequestAsync(SchoolWorld.Teacher)).Status))
            .As(SchoolWorld.NewCoach).In(ChatPlace.Personal(SchoolWorld.NewCoach))
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestDonePayload.VerbName, Data(new RequestDonePayload(request.Id, "I did it")), null))
            .ExpectInvokeMessage($"Request {request.ShownId} is claimed by Bob Brown; only they can mark it done or give it back.")
            .As(SchoolWorld.OtherTeacher).In(ChatPlace.Personal(SchoolWorld.OtherTeacher))
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestDonePayload.VerbName, Data(new RequestDonePayload(request.Id, "I did it")), null))
            .ExpectInvokeMessage($"I couldn't find request {request.ShownId}.")
            .As(SchoolWorld.Coach).In(ChatPlace.Personal(SchoolWorld.Coach))
            .Execute(RequestDonePayload.VerbName, new { note = new string('y', 500) })
            .ExpectInvokeCard(CoachRequestCard.Kind)
            .ExpectCard(CoachRequestCard.Kind, done =>
            {
                Assert.True(done.IsUpdate);
                CardAssert.Contains(done, $"You marked request {request.ShownId} done");
                CardAssert.Contains(done, new string('y', 500));
                Assert.DoesNotContain("| Done", done.CardText(), StringComparison.Ordinal);
            })
            .Execute(RequestDonePayload.VerbName, new { note = "again" })
            .ExpectInvokeMessage($"You already marked request {request.ShownId} done.")
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Teacher, told =>
            {
                Assert.Equal(RequestDoneCard.Kind, told.CardKind);
                CardAssert.Contains(told, "Bob Brown");
                CardAssert.Contains(told, new string('y', 500));
                CardAssert.Contains(told, "Was it helpful?");
                CardAssert.Contains(told, "Helpful");
                CardAssert.Contains(told, "Not helpful");
            })
            .ExpectNoMoreReplies()
            .As(SchoolWorld.Teacher).In(ChatPlace.Personal(SchoolWorld.Teacher))
            .Execute(RequestRatePayload.VerbName, new { rating = RequestRatePayload.NotHelpful })
            .ExpectInvokeCard(RequestDoneCard.Kind)
            .ExpectCard(RequestDoneCard.Kind, rated =>
            {
                Assert.True(rated.IsUpdate);
                CardAssert.Contains(rated, "Thank you: you said it was");
                CardAssert.Contains(rated, "| not helpful |");
                Assert.DoesNotContain("| Helpful", rated.CardText(), StringComparison.Ordinal);
            })
            .Execute(RequestRatePayload.VerbName, new { rating = RequestRatePayload.Helpful })
            .ExpectInvokeMessage($"You've already rated request {request.ShownId} (not helpful). Thank you!")
            .Send("my requests").ExpectCard(RequestListCard.Kind, list => CardAssert.Contains(list, "Done by Bob Brown: you said it was not helpful"))
            .As(SchoolWorld.Coach).In(ChatPlace.Personal(SchoolWorld.Coach))
            .Send("my queue")
            .ExpectCard(RequestQueueCard.Kind, queue =>
            {
                CardAssert.Contains(queue, "Done lately");
                CardAssert.Contains(queue, $"{request.ShownId} · Resource Provider");
                CardAssert.Contains(queue, "Rated not helpful by the teacher");
                CardAssert.Contains(queue, "done today");
                CardAssert.Contains(queue, "Nothing is waiting for you");
            });

        var stored = await _world.LatestRequestAsync(SchoolWorld.Teacher);
        Assert.Equal((RequestStatus.Done, RequestRating.NotHelpful, new string('y', 500)), (stored.Status, stored.Rating, stored.DoneNote));
        Assert.NotNull(stored.DoneToldAt);
    }

    [Fact]
    public async Task Release_RoutesTheRequestAgain_TheOtherCoachesCanClaimIt_AndTheTeacherIsTold()
    {
        await CoachesAsync();
        var (request, session) = await SubmitAndRouteAsync();

        await As(session, SchoolWorld.Coach)
            .Execute(RequestClaimPayload.VerbName).ExpectInvokeCard(CoachRequestCard.Kind).ExpectCardUpdated(CoachRequestCard.Kind)
            .RunJobs(_world).ExpectTo(SchoolWorld.Teacher).ExpectTo(SchoolWorld.NewCoach)
            .As(SchoolWorld.NewCoach).In(ChatPlace.Personal(SchoolWorld.NewCoach))
            .Send($"release {request.ShownId}").ExpectText($"Request {request.ShownId} is claimed by Bob Brown; only they can mark it done or give it back.")
            .As(SchoolWorld.OtherTeacher).In(ChatPlace.Personal(SchoolWorld.OtherTeacher))
            .Send($"release {request.ShownId}").ExpectText("Only coaches can do that. If you coach teachers at your school, ask an admin to add you as a coach.")
            .As(SchoolWorld.LeadCoach).In(ChatPlace.Personal(SchoolWorld.LeadCoach))
            .Send($"release {request.ShownId}").ExpectText(RequestTexts.NotFound(request.ShownId))
            .As(SchoolWorld.Coach).In(ChatPlace.Personal(SchoolWorld.Coach))
            .Send("release the padlet one").ExpectText(FollowThroughTexts.WhichRequestToRelease)
            .Send("release R-ZZZZZZ").ExpectText(RequestTexts.NotFound("R-ZZZZZZ"))
            .Send($"release {request.ShownId}")
            .ExpectText($"You gave request {request.ShownId} back. It goes to the coaches who cover it again, and Alice Adams is being told.")
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.NewCoach, again => Assert.Equal(
                $"Request {request.ShownId} from Alice Adams (Resource Provider at Lincoln Elementary) is open again: Bob Brown gave it back. Its card has Claim and Not mine again; type **request {request.ShownId}** to see it.",
                again.Text))
            .ExpectTo(SchoolWorld.Teacher, told => Assert.Equal(
                $"Bob Brown can't help with request {request.ShownId} after all and gave it back, so it's open again. I've passed it to 1 coach who covers Resource Provider at Lincoln Elementary. I'll tell you here who picks it up.",
                told.Text))
            .ExpectEach(
                ("Bob's card: given back", reply => reply.IsUpdate && reply.ConversationId == ChatPlace.Personal(SchoolWorld.Coach).ConversationId
                    && reply.CardText().Contains("You gave this back", StringComparison.Ordinal) && !reply.CardText().Contains("| Claim", StringComparison.Ordinal)),
                ("Dave's card: open again, with Claim", reply => reply.IsUpdate && reply.ConversationId == ChatPlace.Personal(SchoolWorld.NewCoach).ConversationId
                    && reply.CardText().Contains(Padlet, StringComparison.Ordinal) && reply.CardText().Contains("Claim", StringComparison.Ordinal)))
            .ExpectNoMoreReplies()
            .Send($"release {request.ShownId}").ExpectText($"Request {request.ShownId} isn't claimed, so there's nothing to give back.")
            .As(SchoolWorld.NewCoach).In(ChatPlace.Personal(SchoolWorld.NewCoach))
            .Execute(RequestClaimPayload.VerbName).ExpectInvokeCard(CoachRequestCard.Kind).ExpectCardUpdated(CoachRequestCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Teacher, told => CardAssert.Contains(told, "<at>Dave Diaz</at> will help with your request"))
            .ExpectNoMoreReplies();

        var stored = await _world.LatestRequestAsync(SchoolWorld.Teacher);
        Assert.Equal((RequestStatus.Claimed, SchoolWorld.NewCoach.AadObjectId, 2), (stored.Status, stored.ClaimedBy!.AadObjectId, stored.Round));
        Assert.Equal(SchoolWorld.Coach.AadObjectId, stored.ReleasedBy!.AadObjectId);
    }

    [Fact]
    public async Task ReleaseAlone_ListsWhatICanGiveBack_AndWhenEveryOtherCoachPassed_ItGoesToTheLeadCoachAtOnce()
    {
        await CoachesAsync();
        var (request, session) = await SubmitAndRouteAsync();

        await As(session, SchoolWorld.Coach)
            .Send("release").ExpectText("You have no claimed requests to give back. Type **my queue** to see what's waiting for you.")
            .As(SchoolWorld.NewCoach).In(ChatPlace.Personal(SchoolWorld.NewCoach))
            .Execute(RequestPassPayload.VerbName).ExpectInvokeCard(CoachRequestCard.Kind).ExpectCardUpdated(CoachRequestCard.Kind)
            .As(SchoolWorld.Coach).In(ChatPlace.Personal(SchoolWorld.Coach))
            .Execute(RequestClaimPayload.VerbName).ExpectInvokeCard(CoachRequestCard.Kind).ExpectCardUpdated(CoachRequestCard.Kind)
            .RunJobs(_world).ExpectTo(SchoolWorld.Teacher).ExpectNoMoreReplies()
            .Send("release")
            .ExpectCard(RequestReleaseCard.Kind, card =>
            {
                CardAssert.Contains(card, $"{request.ShownId} · Resource Provider");
                CardAssert.Contains(card, "Give it back");
            })
            .Execute(CoachBot.Cards.Actions.ActionVerbs.CommandRun)
            .ExpectInvokeMessage($"release {request.ShownId}")
            .ExpectText(FollowThroughTexts.Released(request))
            .RunJobs(_world)
            .ExpectEach(
                ("Erin gets it as the lead coach", reply => reply.ConversationId == ChatPlace.Personal(SchoolWorld.LeadCoach).ConversationId
                    && reply.CardText().Contains("Every coach it went to passed on it", StringComparison.Ordinal)),
                ("the teacher told honestly", reply => reply.Text == $"Bob Brown can't help with your request {request.ShownId} after all and gave it back, and the other coaches who got it can't take it on, "
                    + "so I've passed it to your school's lead coaches, who can take it or assign it to a coach. I'll tell you here who picks it up."),
                ("Bob's card: given back", reply => reply.IsUpdate && reply.CardText().Contains("You gave this back", StringComparison.Ordinal)))
            .ExpectNoMoreReplies();

        Assert.Equal((RequestStatus.Open, 2, Escalation.AllPassed), ((await _world.LatestRequestAsync(SchoolWorld.Teacher)).Status, (await _world.LatestRequestAsync(SchoolWorld.Teacher)).Round, (await _world.LatestRequestAsync(SchoolWorld.Teacher)).Escalation));
    }

    [Fact]
    public async Task TheOnlyCoachIsTheLeadCoach_SheIsAskedAgainAsLead_AndWhenSheGivesItBackItGoesToTheAdmin_AndTheTeacherIsToldNobodyElseCoversIt()
    {
        // Erin, a lead coach, is the only one who covers it, and the only lead coach; Carol is the admin.
        await _world.GrantAsync("lead coach", SchoolWorld.LeadCoach);
        await _world.CoverAsync(SchoolWorld.LeadCoach, Resources, Lincoln);
        var chat = _world.Chat(SchoolWorld.Teacher);
        await chat
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form()).ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.LeadCoach, card => CardAssert.Contains(card, "Not mine"))
            .ExpectTo(SchoolWorld.Teacher)
            .As(SchoolWorld.LeadCoach).In(ChatPlace.Personal(SchoolWorld.LeadCoach))
            .Execute(RequestPassPayload.VerbName).ExpectInvokeCard(CoachRequestCard.Kind).ExpectCardUpdated(CoachRequestCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.LeadCoach, escalated => CardAssert.Contains(escalated, "Every coach it went to passed on it, so it comes to you as a lead coach"))
            .ExpectTo(SchoolWorld.Teacher, told => Assert.Contains("can't take it on, so I've passed it to your school's lead coaches", told.Text, StringComparison.Ordinal))
            .ExpectNoMoreReplies()
            .Execute(RequestClaimPayload.VerbName).ExpectInvokeCard(CoachRequestCard.Kind).ExpectCardUpdated(CoachRequestCard.Kind)
            .RunJobs(_world).ExpectTo(SchoolWorld.Teacher)
            .ExpectNoMoreReplies()
            .Send("release").ExpectCard(RequestReleaseCard.Kind)
            .Execute(CoachBot.Cards.Actions.ActionVerbs.CommandRun).ExpectInvokeMessage("OK")
            .ExpectTextContaining("You gave request")
            .RunJobs(_world)
            .ExpectEach(
                ("the teacher told honestly", reply => reply.Text is { } text
                    && text.StartsWith("Erin Evans can't help with your request R-", StringComparison.Ordinal)
                    && text.Contains("after all and gave it back, and no other coach covers it, and no lead coach in CoachBot can take it, so I've passed it to the CoachBot admins", StringComparison.Ordinal)),
                ("Erin's card: given back", reply => reply.IsUpdate && reply.CardText().Contains("You gave this back", StringComparison.Ordinal)),
                ("Carol, the admin, asked to find a coach", reply => reply.Card is not null && !reply.IsUpdate
                    && reply.CardText().Contains("comes to you as a CoachBot admin", StringComparison.Ordinal)))
            .ExpectNoMoreReplies()
            .As(SchoolWorld.Teacher).In(ChatPlace.Personal(SchoolWorld.Teacher))
            .Send("my requests").ExpectCard(RequestListCard.Kind, list => CardAssert.Contains(list, "Open: passed on to a lead coach or admin"));
    }

    [Fact]
    public async Task ALeadCoachAssignsARequest_TheCoachGetsItWithDone_AndATeacherOrAPlainCoachCannotAssign()
    {
        // Nobody covers Mentor, so the request goes to Erin, the school's lead coach, who gives it to Dave.
        await _world.GrantAsync("coach", SchoolWorld.Coach, SchoolWorld.NewCoach);
        await _world.GrantAsync("lead coach", SchoolWorld.LeadCoach);
        await _world.CoverAsync(SchoolWorld.LeadCoach, TopicIds.DataCoach, Lincoln);
        await _world.Chat(SchoolWorld.Teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form(role: TopicIds.Mentor)).ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.LeadCoach, card => CardAssert.Contains(card, "assign R-"))
            .ExpectTo(SchoolWorld.Teacher)
            .ExpectNoMoreReplies();
        var request = await _world.LatestRequestAsync(SchoolWorld.Teacher);

        await _world.Chat(SchoolWorld.Teacher)
            .SendMentioning($"assign {request.ShownId} <at>Dave Diaz</at>", SchoolWorld.NewCoach).ExpectText(FollowThroughTexts.OnlyLeadsAssign)
            .As(SchoolWorld.Coach).In(ChatPlace.Personal(SchoolWorld.Coach))
            .SendMentioning($"assign {request.ShownId} <at>Dave Diaz</at>", SchoolWorld.NewCoach).ExpectText(FollowThroughTexts.OnlyLeadsAssign)
            .As(SchoolWorld.LeadCoach).In(ChatPlace.Personal(SchoolWorld.LeadCoach))
            .Send($"assign {request.ShownId}").ExpectText(FollowThroughTexts.HowToAssign)
            .SendMentioning("assign R-ZZZZZZ <at>Dave Diaz</at>", SchoolWorld.NewCoach).ExpectText(RequestTexts.NotFound("R-ZZZZZZ"))
            .SendMentioning($"assign {request.ShownId} <at>Frank Fischer</at>", SchoolWorld.OtherTeacher)
            .ExpectText(FollowThroughTexts.AssigneeNotACoach("Frank Fischer"))
            .SendMentioning($"assign {request.ShownId} <at>Alice Adams</at>", SchoolWorld.Teacher)
            .ExpectText(FollowThroughTexts.AssigneeIsTheTeacher("Alice Adams"))
            .SendMentioning($"assign {request.ShownId.ToLowerInvariant()} <at>Dave Diaz</at>", SchoolWorld.NewCoach)
            .ExpectText($"Assigned request {request.ShownId} to Dave Diaz. They get the request with a Done button, and Alice Adams is being told who will help.")
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Teacher, told => CardAssert.Contains(told, "<at>Dave Diaz</at> will help with your request"))
            .ExpectTo(SchoolWorld.NewCoach, mine =>
            {
                Assert.False(mine.IsUpdate);
                CardAssert.Contains(mine, "You claimed this");
                CardAssert.Contains(mine, Padlet);
                CardAssert.Contains(mine, "Done");
            })
            .ExpectTo(SchoolWorld.LeadCoach, erins => CardAssert.Contains(erins, "Claimed by Dave Diaz"))
            .ExpectNoMoreReplies()
            .SendMentioning($"assign {request.ShownId} <at>Bob Brown</at>", SchoolWorld.Coach)
            .ExpectText($"Request {request.ShownId} was already claimed by Dave Diaz.")
            .As(SchoolWorld.NewCoach).In(ChatPlace.Personal(SchoolWorld.NewCoach))
            .Send("my queue").ExpectCard(RequestQueueCard.Kind, queue =>
            {
                CardAssert.Contains(queue, "Claimed by you (1)");
                CardAssert.Contains(queue, "Assigned to you by Erin Evans");
                CardAssert.Contains(queue, $"Open {request.ShownId}");
            })
            .Execute(CoachBot.Cards.Actions.ActionVerbs.CommandRun)
            .ExpectCard(CoachRequestCard.Kind, shown => CardAssert.Contains(shown, "You claimed this"))
            .Execute(RequestDonePayload.VerbName, new { note = Note })
            .ExpectInvokeCard(CoachRequestCard.Kind).ExpectCardUpdated(CoachRequestCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Teacher, done => Assert.Equal(RequestDoneCard.Kind, done.CardKind))
            .ExpectTo(SchoolWorld.NewCoach, original =>
            {
                Assert.True(original.IsUpdate);
                CardAssert.Contains(original, "You marked request");
            })
            .ExpectNoMoreReplies();

        var stored = await _world.LatestRequestAsync(SchoolWorld.Teacher);
        Assert.Equal((RequestStatus.Done, SchoolWorld.NewCoach.AadObjectId, SchoolWorld.LeadCoach.AadObjectId), (stored.Status, stored.ClaimedBy!.AadObjectId, stored.AssignedBy!.AadObjectId));
    }

    [Fact]
    public async Task WhenItFellBackToTheLeadCoach_SheIsReminded_ThenHerCardBecomesTheEscalation_WithoutASecondCard()
    {
        // Nobody covers Mentor: the request falls back to Erin. She has no Not mine (she's asked to find someone).
        await CoachesAsync();
        var chat = _world.Chat(SchoolWorld.Teacher);
        await chat
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form(role: TopicIds.Mentor)).ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.LeadCoach, card =>
            {
                CardAssert.Contains(card, "No coach covers Mentor at Lincoln Elementary yet");
                CardAssert.Contains(card, "Claim");
                CardAssert.Contains(card, "assign R-");
                Assert.DoesNotContain("Not mine", card.CardText(), StringComparison.Ordinal);
            })
            .ExpectTo(SchoolWorld.Teacher)
            .ExpectNoMoreReplies()
            .At(_world, At("2026-12-02T13:59:00Z")).RunJobs(_world).ExpectNoMoreReplies()
            .At(_world, At("2026-12-02T14:00:00Z")).RunJobs(_world)
            .ExpectTo(SchoolWorld.LeadCoach, reminder => Assert.StartsWith("Reminder: request R-", reminder.Text, StringComparison.Ordinal))
            .ExpectNoMoreReplies()
            .At(_world, At("2026-12-04T14:00:00Z")).RunJobs(_world)
            .ExpectTo(SchoolWorld.LeadCoach, redrawn =>
            {
                Assert.True(redrawn.IsUpdate);
                CardAssert.Contains(redrawn, "Nobody has claimed it in 4 school days");
            })
            .ExpectTo(SchoolWorld.LeadCoach, note => Assert.Contains("still needs a coach. Nobody has claimed it in 4 school days", note.Text, StringComparison.Ordinal))
            .ExpectTo(SchoolWorld.Teacher, told => Assert.StartsWith("Nobody has picked up your request R-", told.Text, StringComparison.Ordinal))
            .ExpectNoMoreReplies();

        var request = await _world.LatestRequestAsync(SchoolWorld.Teacher);
        var erins = await _world.Get<IRequestCopyStore>().FindAsync(request.Id, SchoolWorld.LeadCoach.AadObjectId, Ct);
        Assert.Equal(CopyReason.Escalation, erins!.Reason);
        Assert.Equal(Escalation.Unclaimed, request.Escalation);
    }

    [Fact]
    public async Task MyQueue_ListsWhatWaitsForMeAndWhatIClaimed_OldestFirst_WithAgesInSchoolDays()
    {
        await CoachesAsync();
        var (first, session) = await SubmitAndRouteAsync(need: "First: Padlet walls");
        _world.Time.Advance(TimeSpan.FromDays(1));
        var (second, _) = await SubmitAndRouteAsync(session, need: "Second: Flip videos");
        _world.Time.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1));
        await _world.Chat(SchoolWorld.OtherTeacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form(need: "Frank's: Data dashboards", role: TopicIds.DataCoach)).ExpectInvokeCard(RequestSummaryCard.Kind)
            .RunJobs(_world);
        _world.Time.Advance(TimeSpan.FromMinutes(1));

        // Wednesday 2 December, 09:00 in New York: the first request is two school days old, the second one.
        await As(session, SchoolWorld.Coach)
            .Send("my queue")
            .ExpectCard(RequestQueueCard.Kind, queue =>
            {
                var text = queue.CardText();
                CardAssert.Contains(queue, "Waiting for a coach (2)");
                CardAssert.Contains(queue, "asked 2 school days ago");
                CardAssert.Contains(queue, "asked 1 school day ago");
                Assert.True(text.IndexOf("First: Padlet walls", StringComparison.Ordinal) < text.IndexOf("Second: Flip videos", StringComparison.Ordinal), text);
                Assert.DoesNotContain("Frank's", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Claimed by you", text, StringComparison.Ordinal);
            })
            .Send($"request {second.ShownId}").ExpectCard(CoachRequestCard.Kind)
            .Execute(RequestClaimPayload.VerbName).ExpectInvokeCard(CoachRequestCard.Kind).ExpectCardUpdated(CoachRequestCard.Kind)
            .Send("my queue")
            .ExpectCard(RequestQueueCard.Kind, queue =>
            {
                CardAssert.Contains(queue, "Waiting for a coach (1)");
                CardAssert.Contains(queue, "Claimed by you (1)");
                CardAssert.Contains(queue, "claimed today");
                CardAssert.Contains(queue, $"Open {first.ShownId}");
                CardAssert.Contains(queue, $"Open {second.ShownId}");
            })
            .As(SchoolWorld.NewCoach).In(ChatPlace.Personal(SchoolWorld.NewCoach))
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestPassPayload.VerbName, Data(new RequestPassPayload(first.Id)), null))
            .ExpectInvokeCard(CoachRequestCard.Kind)
            .Send("my queue")
            .ExpectCard(RequestQueueCard.Kind, queue =>
            {
                // Dave passed on the first; the second is Bob's now.
                Assert.Contains("Nothing is waiting for you", queue.CardText(), StringComparison.Ordinal);
                Assert.DoesNotContain("First: Padlet walls", queue.CardText(), StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task AClaimWithNoDone_RemindsTheCoachOnce_AfterTenSchoolDays()
    {
        await CoachesAsync();
        var (request, session) = await SubmitAndRouteAsync();

        // Claimed Monday 30 November, 09:00 in New York; ten school days later is Monday 14 December, 09:00.
        await As(session, SchoolWorld.Coach)
            .Execute(RequestClaimPayload.VerbName).ExpectInvokeCard(CoachRequestCard.Kind).ExpectCardUpdated(CoachRequestCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Teacher, told => Assert.Equal(RequestClaimedCard.Kind, told.CardKind))
            .ExpectTo(SchoolWorld.NewCoach, other => Assert.True(other.IsUpdate))
            .At(_world, At("2026-12-14T13:59:00Z")).RunJobs(_world)
            .ExpectNoMoreReplies()
            .At(_world, At("2026-12-14T14:00:00Z")).RunJobs(_world)
            .ExpectTo(SchoolWorld.Coach, reminder => Assert.StartsWith(
                $"Request {request.ShownId} from Alice Adams (Resource Provider at Lincoln Elementary) has been yours for 10 school days and isn't marked done.",
                reminder.Text, StringComparison.Ordinal))
            .ExpectNoMoreReplies()
            .At(_world, At("2026-12-24T14:00:00Z")).RunJobs(_world)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task StaleButtons_AfterCancelAndAfterAnotherCoachClaimed_AreAnsweredAndChangeNothing()
    {
        await CoachesAsync();
        var (request, session) = await SubmitAndRouteAsync();

        await As(session, SchoolWorld.Coach)
            .Execute(RequestClaimPayload.VerbName).ExpectInvokeCard(CoachRequestCard.Kind).ExpectCardUpdated(CoachRequestCard.Kind)
            .RunJobs(_world).ExpectTo(SchoolWorld.Teacher).ExpectTo(SchoolWorld.NewCoach)
            .ExpectNoMoreReplies()
            .As(SchoolWorld.NewCoach).In(ChatPlace.Personal(SchoolWorld.NewCoach))
            .Execute(RequestPassPayload.VerbName).ExpectInvokeMessage($"Request {request.ShownId} was already claimed by Bob Brown.")
            .Deliver(s =>
            {
                var data = Data(new RequestPassPayload(request.Id));
                data["v"] = 0;
                return ActivityBuilder.Execute(s.User, s.Place, RequestPassPayload.VerbName, data, null);
            })
            .ExpectInvokeMessage("out of date")
            .As(SchoolWorld.Teacher).In(ChatPlace.Personal(SchoolWorld.Teacher))
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestRatePayload.VerbName, Data(new RequestRatePayload(request.Id, RequestRatePayload.Helpful)), null))
            .ExpectInvokeMessage($"Request {request.ShownId} isn't marked done yet, so there's nothing to rate.")
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestRatePayload.VerbName, Data(new RequestRatePayload(request.Id, "meh")), null))
            .ExpectInvokeMessage("out of date")
            .As(SchoolWorld.OtherTeacher).In(ChatPlace.Personal(SchoolWorld.OtherTeacher))
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestRatePayload.VerbName, Data(new RequestRatePayload(request.Id, RequestRatePayload.Helpful)), null))
            .ExpectInvokeMessage($"I couldn't find request {request.ShownId}.")
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestPassPayload.VerbName, Data(new RequestPassPayload(request.Id)), null))
            .ExpectInvokeMessage(RequestTexts.NotACoach);

        _world.Time.Advance(TimeSpan.FromMinutes(5));
        var (cancelled, _) = await SubmitAndRouteAsync(need: "Another one");
        await _world.Chat(SchoolWorld.Teacher)
            .Send($"cancel request {cancelled.ShownId}").ExpectTextContaining("Cancelled request")
            .As(SchoolWorld.NewCoach).In(ChatPlace.Personal(SchoolWorld.NewCoach))
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestPassPayload.VerbName, Data(new RequestPassPayload(cancelled.Id)), null))
            .ExpectInvokeMessage($"The teacher cancelled request {cancelled.ShownId}, so there's nothing to do.");

        var stored = await _world.Get<IRequestCopyStore>().ListAsync(request.Id, Ct);
        Assert.All(stored, copy => Assert.Null(copy.PassedAt));
        Assert.Null((await _world.LatestRequestAsync(SchoolWorld.Teacher)).Rating);
    }

    /// <summary>Bob and Dave cover Resource Provider at Lincoln; Erin is a lead coach there (she covers another role).</summary>
    private async Task CoachesAsync()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach, SchoolWorld.NewCoach);
        await _world.GrantAsync("lead coach", SchoolWorld.LeadCoach);
        await _world.CoverAsync(SchoolWorld.Coach, Resources, Lincoln);
        await _world.CoverAsync(SchoolWorld.NewCoach, Resources, Lincoln);
        await _world.CoverAsync(SchoolWorld.LeadCoach, TopicIds.DataCoach, Lincoln);
    }

    /// <summary>The teacher asks (in <paramref name="session"/>, or a new one), the request is routed; its cards stay in the session.</summary>
    private async Task<(SupportRequest Request, ChatSession Session)> SubmitAndRouteAsync(ChatSession? session = null, string need = Padlet)
    {
        var chat = session is null ? _world.Chat(SchoolWorld.Teacher) : As(session, SchoolWorld.Teacher);
        await chat
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form(need: need)).ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Coach, card => CardAssert.Contains(card, "Not mine"))
            .ExpectTo(SchoolWorld.NewCoach)
            .ExpectTo(SchoolWorld.Teacher)
            .ExpectNoMoreReplies();
        return (await _world.LatestRequestAsync(SchoolWorld.Teacher), chat.Session);
    }

    /// <summary>The script goes on in <paramref name="session"/>, as <paramref name="user"/> in their personal chat.</summary>
    private static ChatScript As(ChatSession session, ChatUser user) => new ChatScript(session).As(user).In(ChatPlace.Personal(user));

    private static object Form(string need = Padlet, string role = Resources, string? school = Lincoln, string urgency = "week") =>
        new { need, grade = "Grade 5", urgency, times = "Tuesday after 2 pm", role, school };

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private static System.Text.Json.Nodes.JsonObject Data<T>(T payload)
        where T : class, CoachBot.Cards.Actions.ICardActionPayload<T> =>
        System.Text.Json.Nodes.JsonNode.Parse(CoachBot.Cards.Actions.CardActionPayload.ToData(payload, "forged-card").GetRawText())!.AsObject();

    public void Dispose() => _world.Dispose();
}
