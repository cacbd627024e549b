using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Dialogs.RolesQa;
using CoachBot.Cards.Views.Roles;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Requests;

/// <summary>
/// Support requests as people live them (in memory, through the host's composition and pipeline): asking, routing to the
/// coaches who cover the role at the teacher's school, claiming, telling the teacher, and the fallbacks.
/// </summary>
public sealed class RequestConversationTests : IDisposable
{
    private const string Padlet = "I need help with Padlet for my 5th grade class";
    private const string Lincoln = "Lincoln Elementary";
    private const string Resources = TopicIds.ResourceProvider;

    private readonly SchoolWorld _world = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Form(string need = Padlet, string role = Resources, string? school = Lincoln, string urgency = "week") =>
        new { need, grade = "Grade 5", urgency, times = "Tuesday after 2 pm", role, school };

    [Fact]
    public async Task ARequestInTheTeachersWords_OpensTheForm_WithTheNeedAndTheBestRole_AndAsksTheSchoolOnce()
    {
        var routed = _world.Get<QuestionAnswerer>().Route(Padlet, TopicIds.RoutableRoles).RoleId;

        await _world.Chat(SchoolWorld.Teacher)
            .Send(Padlet)
            .ExpectCard(RequestFormCard.Kind, card =>
            {
                Assert.Equal(Padlet, CardInputs.ValueOf(card, RequestFormCard.NeedInput));
                Assert.Equal(routed, CardInputs.ValueOf(card, RequestFormCard.RoleInput));
                Assert.True(CardInputs.Has(card, RequestFormCard.SchoolInput));
                CardAssert.Contains(card, "don't include student names or other student details");
            })
            .Execute(RequestFormPayload.VerbName, Form())
            .ExpectInvokeCard(RequestSummaryCard.Kind)
            .ExpectCard(RequestSummaryCard.Kind, summary =>
            {
                Assert.True(summary.IsUpdate);
                CardAssert.Contains(summary, "Request R-");
                CardAssert.Contains(summary, Padlet);
                CardAssert.Contains(summary, "This week");
                CardAssert.Contains(summary, Lincoln);
            })
            .ExpectNoMoreReplies()
            .Send("settings").ExpectTextContaining($"School: {Lincoln}")
            .Send("request support")
            .ExpectCard(RequestFormCard.Kind, card => Assert.False(CardInputs.Has(card, RequestFormCard.SchoolInput), "the school is asked once"));

        var saved = await _world.LatestRequestAsync(SchoolWorld.Teacher);
        Assert.Equal((RequestStatus.Open, Lincoln, Resources, Urgency.ThisWeek, "Grade 5", "Tuesday after 2 pm"),
            (saved.Status, saved.School, saved.RoleId, saved.Urgency, saved.ClassOrGrade, saved.PreferredTimes));
        Assert.Equal(SchoolWorld.Teacher.AadObjectId, saved.TeacherAadObjectId);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{6}$", saved.Id);
    }

    [Fact]
    public async Task TheCoachesWhoCoverIt_GetTheCard_TheFirstClaimWins_TheTeacherIsToldWhoWillHelp()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach, SchoolWorld.NewCoach);
        await _world.CoverAsync(SchoolWorld.Coach, Resources, Lincoln);
        await _world.CoverAsync(SchoolWorld.NewCoach, $"{Resources},{TopicIds.Mentor}", Lincoln, "Washington Middle");
        await _world.GrantAsync("coach", SchoolWorld.LeadCoach);
        await _world.CoverAsync(SchoolWorld.LeadCoach, Resources, "Washington Middle"); // another school: not for this request

        await _world.Chat(SchoolWorld.Teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form()).ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Coach, card =>
            {
                Assert.Equal(CoachRequestCard.Kind, card.CardKind);
                CardAssert.Contains(card, "Alice Adams");
                CardAssert.Contains(card, Padlet);
                CardAssert.Contains(card, "Claim");
            })
            .ExpectTo(SchoolWorld.NewCoach, card => Assert.Equal(CoachRequestCard.Kind, card.CardKind))
            .ExpectTo(SchoolWorld.Teacher, text => Assert.Contains("to 2 coaches who cover Resource Provider at Lincoln Elementary", text.Text, StringComparison.Ordinal))
            .ExpectNoMoreReplies()
            .As(SchoolWorld.Coach).In(ChatPlace.Personal(SchoolWorld.Coach))
            .Execute(RequestClaimPayload.VerbName)
            .ExpectInvokeCard(CoachRequestCard.Kind)
            .ExpectCard(CoachRequestCard.Kind, mine =>
            {
                Assert.True(mine.IsUpdate);
                CardAssert.Contains(mine, "You claimed this");
                CardAssert.Contains(mine, Padlet);
            })
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Teacher, told =>
            {
                Assert.Equal(RequestClaimedCard.Kind, told.CardKind);
                CardAssert.Contains(told, "<at>Bob Brown</at> will help with your request R-");
                var mention = told.Card!.Value.GetProperty("msteams").GetProperty("entities")[0];
                Assert.Equal(SchoolWorld.Coach.Id, mention.GetProperty("mentioned").GetProperty("id").GetString());
            })
            .ExpectTo(SchoolWorld.NewCoach, other =>
            {
                Assert.True(other.IsUpdate);
                CardAssert.Contains(other, "Claimed by Bob Brown");
                CardAssert.Contains(other, "Resource Provider");
                Assert.DoesNotContain(Padlet, other.CardText(), StringComparison.Ordinal);
                Assert.DoesNotContain("Claim |", other.CardText() + " |", StringComparison.Ordinal);
            })
            .ExpectNoMoreReplies()
            .As(SchoolWorld.NewCoach).In(ChatPlace.Personal(SchoolWorld.NewCoach))
            .Execute(RequestClaimPayload.VerbName).ExpectInvokeMessage("already claimed by Bob Brown")
            .ExpectNoMoreReplies();

        var request = await _world.LatestRequestAsync(SchoolWorld.Teacher);
        Assert.Equal((RequestStatus.Claimed, SchoolWorld.Coach.AadObjectId), (request.Status, request.ClaimedBy!.AadObjectId));
        Assert.Empty(_world.Connector.Unexpected);
    }

    [Fact]
    public async Task NoCoachCoversIt_ItGoesToTheSchoolsLeadCoach_AndTheTeacherIsToldSo()
    {
        await _world.GrantAsync("lead coach", SchoolWorld.LeadCoach);
        await _world.CoverAsync(SchoolWorld.LeadCoach, TopicIds.DataCoach, Lincoln);

        await _world.Chat(SchoolWorld.Teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form(role: TopicIds.Mentor)).ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.LeadCoach, card =>
            {
                CardAssert.Contains(card, "No coach covers Mentor at Lincoln Elementary yet, so it comes to you as a lead coach.");
                CardAssert.Contains(card, "Claim");
            })
            .ExpectTo(SchoolWorld.Teacher, text =>
            {
                Assert.StartsWith("No coach covers Mentor at Lincoln Elementary yet, so I've passed request R-", text.Text, StringComparison.Ordinal);
                Assert.EndsWith("to your school's lead coach, who will find someone. I'll tell you here who picks it up.", text.Text, StringComparison.Ordinal);
            })
            .ExpectNoMoreReplies()
            .As(SchoolWorld.LeadCoach).In(ChatPlace.Personal(SchoolWorld.LeadCoach))
            .Execute(RequestClaimPayload.VerbName).ExpectInvokeCard(CoachRequestCard.Kind);
    }

    [Fact]
    public async Task NoCoachOrLeadCoach_ItGoesToTheAdmins_WhoCannotClaimUnlessTheyCoach()
    {
        await _world.SayHelloAsync(SchoolWorld.Admin);
        await _world.Chat(SchoolWorld.Teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form()).ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Admin, card =>
            {
                CardAssert.Contains(card, "comes to you as a CoachBot admin");
                CardAssert.Contains(card, "Only coaches and lead coaches can claim");
                Assert.DoesNotContain("| Claim", card.CardText(), StringComparison.Ordinal);
            })
            .ExpectTo(SchoolWorld.Teacher, text => Assert.StartsWith("No coach or lead coach covers Resource Provider at Lincoln Elementary yet, so I've passed request R-", text.Text, StringComparison.Ordinal))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task NobodyCanBeReached_TheTeacherIsToldHonestly_AndTheRequestStaysOpen()
    {
        // Carol, the only admin, has never written to CoachBot, so there is no way to reach her.
        await _world.Chat(SchoolWorld.Teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form()).ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Teacher, text =>
            {
                Assert.StartsWith("I'm sorry: I couldn't pass request R-", text.Text, StringComparison.Ordinal);
                Assert.Contains("please also contact your technology coach directly", text.Text, StringComparison.Ordinal);
            })
            .ExpectNoMoreReplies()
            .Send("my requests").ExpectCard(RequestListCard.Kind, list => CardAssert.Contains(list, "Open: waiting for a coach"));
    }

    [Fact]
    public async Task ACoachWithoutTheApp_IsSkipped_AndListedForTheLeadCoach()
    {
        await _world.GrantAsync("coach", SchoolWorld.NewCoach);
        await _world.GrantAsync("lead coach", SchoolWorld.LeadCoach);
        await _world.CoverAsync(SchoolWorld.NewCoach, Resources, Lincoln);
        await _world.CoverAsync(SchoolWorld.LeadCoach, TopicIds.DataCoach, Lincoln);
        _world.Connector.WithoutTheApp[SchoolWorld.NewCoach.Id] = true; // Teams answers 403 to opening a chat with Dave

        await _world.Chat(SchoolWorld.Teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form()).ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.LeadCoach, card =>
            {
                CardAssert.Contains(card, "None of the coaches who cover Resource Provider at Lincoln Elementary could be reached");
                CardAssert.Contains(card, "Coaches I couldn't reach");
                CardAssert.Contains(card, "Dave Diaz");
            })
            .ExpectTo(SchoolWorld.Teacher, text => Assert.Contains("The coaches who cover Resource Provider at Lincoln Elementary can't be reached right now", text.Text, StringComparison.Ordinal))
            .ExpectNoMoreReplies();

        var request = await _world.LatestRequestAsync(SchoolWorld.Teacher);
        var copies = await _world.Get<IRequestCopyStore>().ListAsync(request.Id, Ct);
        Assert.Contains(copies, copy => copy.RecipientAadObjectId == SchoolWorld.NewCoach.AadObjectId && copy.Delivery == CopyDelivery.Unreachable);
    }

    [Fact]
    public async Task TheTeacherPressingClaim_IsRefused_AndNothingChanges()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach);
        await _world.CoverAsync(SchoolWorld.Coach, Resources, Lincoln);
        await SubmitAndRouteAsync();
        var request = await _world.LatestRequestAsync(SchoolWorld.Teacher);

        await _world.Chat(SchoolWorld.Teacher)
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestClaimPayload.VerbName, Data(new RequestClaimPayload(request.Id)), null))
            .ExpectInvokeMessage(RequestTexts.NotACoach)
            .ExpectNoMoreReplies();

        Assert.Equal(RequestStatus.Open, (await _world.LatestRequestAsync(SchoolWorld.Teacher)).Status);
    }

    [Fact]
    public async Task ACoachTheRequestWasNotSentTo_GetsNotFound_JustAsForAnIdThatDoesNotExist()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach, SchoolWorld.NewCoach);
        await _world.CoverAsync(SchoolWorld.Coach, Resources, Lincoln);
        await SubmitAndRouteAsync();
        var request = await _world.LatestRequestAsync(SchoolWorld.Teacher);

        await _world.Chat(SchoolWorld.NewCoach)
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestClaimPayload.VerbName, Data(new RequestClaimPayload(request.Id)), null))
            .ExpectInvokeMessage($"I couldn't find request {request.ShownId}.")
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestClaimPayload.VerbName, Data(new RequestClaimPayload("ZZZZZZ")), null))
            .ExpectInvokeMessage("I couldn't find request R-ZZZZZZ.")
            .Send($"request {request.ShownId}").ExpectText(RequestTexts.NotFound(request.ShownId))
            .Send("request R-ZZZZZZ").ExpectText(RequestTexts.NotFound("R-ZZZZZZ"))
            .As(SchoolWorld.Coach).In(ChatPlace.Personal(SchoolWorld.Coach))
            .Send($"request {request.ShownId}").ExpectCard(CoachRequestCard.Kind, card => CardAssert.Contains(card, Padlet));

        Assert.Equal(RequestStatus.Open, (await _world.LatestRequestAsync(SchoolWorld.Teacher)).Status);
    }

    [Fact]
    public async Task MyRequests_ListsOnlyMine_AndCancelUpdatesTheCoachesCopies()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach);
        await _world.CoverAsync(SchoolWorld.Coach, Resources, Lincoln);
        await SubmitAndRouteAsync();
        await _world.Chat(SchoolWorld.OtherTeacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form(need: "Frank's own need"))
            .RunJobs(_world);
        var request = await _world.LatestRequestAsync(SchoolWorld.Teacher);

        await _world.Chat(SchoolWorld.Teacher)
            .Send("my requests")
            .ExpectCard(RequestListCard.Kind, list =>
            {
                CardAssert.Contains(list, request.ShownId);
                CardAssert.Contains(list, "Open: waiting for a coach");
                Assert.DoesNotContain("Frank's own need", list.CardText(), StringComparison.Ordinal);
            })
            .Execute(RequestCancelPayload.VerbName)
            .ExpectInvokeCard(RequestListCard.Kind)
            .ExpectCard(RequestListCard.Kind, list =>
            {
                Assert.True(list.IsUpdate);
                CardAssert.Contains(list, "Cancelled");
                Assert.DoesNotContain("Open: waiting", list.CardText(), StringComparison.Ordinal);
                Assert.DoesNotContain("Cancel R-", list.CardText(), StringComparison.Ordinal);
            })
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Coach, copy =>
            {
                Assert.True(copy.IsUpdate);
                CardAssert.Contains(copy, "Cancelled by the teacher");
                Assert.DoesNotContain(Padlet, copy.CardText(), StringComparison.Ordinal);
            })
            .ExpectNoMoreReplies()
            .Send($"cancel request {request.ShownId}").ExpectText(RequestTexts.AlreadyCancelled(request))
            .As(SchoolWorld.Coach).In(ChatPlace.Personal(SchoolWorld.Coach))
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestClaimPayload.VerbName, Data(new RequestClaimPayload(request.Id)), null)) // the stale copy's button
            .ExpectInvokeMessage($"The teacher cancelled request {request.ShownId}, so there's nothing to claim.");

        Assert.Equal(RequestStatus.Cancelled, (await _world.LatestRequestAsync(SchoolWorld.Teacher)).Status);
    }

    [Fact]
    public async Task SomeoneElsesRequest_CannotBeCancelled_ByCommandOrForgedButton()
    {
        await SubmitAndRouteAsync();
        var request = await _world.LatestRequestAsync(SchoolWorld.Teacher);

        await _world.Chat(SchoolWorld.OtherTeacher)
            .Send($"cancel request {request.Id.ToLowerInvariant()}").ExpectText(RequestTexts.NotFound(request.ShownId))
            .Send("cancel request R-ZZZZZZ").ExpectText(RequestTexts.NotFound("R-ZZZZZZ"))
            .Send("cancel request the padlet one").ExpectText(RequestTexts.WhichRequest)
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestCancelPayload.VerbName, Data(new RequestCancelPayload(request.Id)), null))
            .ExpectInvokeMessage($"I couldn't find request {request.ShownId}.")
            .Send("my requests").ExpectCard(RequestListCard.Kind, list => CardAssert.Contains(list, "You haven't asked for support yet"));

        Assert.Equal(RequestStatus.Open, (await _world.LatestRequestAsync(SchoolWorld.Teacher)).Status);
    }

    [Theory]
    [InlineData("", RequestTexts.NeedMissing)]
    [InlineData("   \n  ", RequestTexts.NeedMissing)]
    public async Task AnEmptyNeed_IsAnsweredAndTheFormWaits(string need, string answer)
    {
        await _world.Chat(SchoolWorld.Teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form(need: need)).ExpectInvokeMessage(answer)
            .Execute(RequestFormPayload.VerbName, Form(need: "Now with a need")).ExpectInvokeCard(RequestSummaryCard.Kind);

        Assert.Equal("Now with a need", (await _world.LatestRequestAsync(SchoolWorld.Teacher)).Need);
    }

    [Fact]
    public async Task ANeedOf2001Characters_IsRefused_And2000AreAccepted()
    {
        await _world.Chat(SchoolWorld.Teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form(need: new string('x', 2001))).ExpectInvokeMessage("That's 2,001 characters; please keep the need to 2,000 or fewer")
            .Execute(RequestFormPayload.VerbName, Form(need: new string('y', 2000))).ExpectInvokeCard(RequestSummaryCard.Kind);

        var requests = await _world.Get<IRequestStore>().ListByTeacherAsync(SchoolWorld.Teacher.AadObjectId, 10, Ct);
        Assert.Equal(2000, Assert.Single(requests).Need.Length);
    }

    [Theory]
    [InlineData("role.astronaut", null, "week", RequestTexts.RoleMissing)]
    [InlineData(TopicIds.Learner, null, "week", RequestTexts.RoleMissing)]
    [InlineData(Resources, null, "yesterday", RequestTexts.UrgencyMissing)]
    [InlineData(Resources, "Hogwarts", "week", RequestTexts.SchoolMissing)]
    public async Task ValuesNotOnTheForm_AreRefused_AndNothingIsSaved(string role, string? school, string urgency, string answer)
    {
        await _world.Chat(SchoolWorld.Teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form(role: role, school: school, urgency: urgency)).ExpectInvokeMessage(answer);

        Assert.Empty(await _world.Get<IRequestStore>().ListByTeacherAsync(SchoolWorld.Teacher.AadObjectId, 10, Ct));
    }

    [Fact]
    public async Task AClaimFromAnOlderCardVersion_IsOutOfDate_AndClaimsNothing()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach);
        await _world.CoverAsync(SchoolWorld.Coach, Resources, Lincoln);
        await SubmitAndRouteAsync();
        var request = await _world.LatestRequestAsync(SchoolWorld.Teacher);

        await _world.Chat(SchoolWorld.Coach)
            .Deliver(s =>
            {
                var data = Data(new RequestClaimPayload(request.Id));
                data["v"] = 0;
                return ActivityBuilder.Execute(s.User, s.Place, RequestClaimPayload.VerbName, data, null);
            })
            .ExpectInvokeMessage("out of date")
            .ExpectNoMoreReplies();

        Assert.Equal(RequestStatus.Open, (await _world.LatestRequestAsync(SchoolWorld.Teacher)).Status);
    }

    [Fact]
    public async Task PressingSendTwice_SavesOneRequest()
    {
        await _world.Chat(SchoolWorld.Teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form()).ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form()).ExpectInvokeMessage("already saved");

        Assert.Single(await _world.Get<IRequestStore>().ListByTeacherAsync(SchoolWorld.Teacher.AadObjectId, 10, Ct));
    }

    [Fact]
    public async Task MySchool_ShowsAndChangesTheSchool_ByFormOrByName()
    {
        await _world.Chat(SchoolWorld.Teacher)
            .Send("settings").ExpectTextContaining("School: not chosen yet")
            .Send("my school").ExpectText("You haven't said which school you teach at yet.").ExpectCard("school.form")
            .Execute("school.save", new { school = "Washington Middle" }).ExpectInvokeCard("school.form.submitted").ExpectCardUpdated("school.form.submitted")
            .Send("my school lincoln").ExpectText("Done: your school is now **Lincoln Elementary**. Your requests go to its coaches.")
            .Send("my school Hogwarts").ExpectText("I don't know that school. The schools are: Lincoln Elementary, Washington Middle.")
            .Send("settings").ExpectTextContaining("School: Lincoln Elementary");
    }

    [Fact]
    public async Task WithOneSchool_NobodyIsAskedAndAnyCoveringCoachGetsIt()
    {
        using var world = new SchoolWorld(oneSchool: true);
        await world.GrantAsync("coach", SchoolWorld.Coach);
        await world.CoverAsync(SchoolWorld.Coach, Resources);

        await world.Chat(SchoolWorld.Teacher)
            .Send("my school").ExpectText("CoachBot serves one school, so there's nothing to choose.")
            .Send("request support").ExpectCard(RequestFormCard.Kind, card => Assert.False(CardInputs.Has(card, RequestFormCard.SchoolInput)))
            .Execute(RequestFormPayload.VerbName, Form(school: null)).ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .RunJobs(world)
            .ExpectTo(SchoolWorld.Coach, card => Assert.DoesNotContain("School:", card.CardText(), StringComparison.Ordinal))
            .ExpectTo(SchoolWorld.Teacher, text => Assert.Contains("to 1 coach who covers Resource Provider.", text.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACopyThatWaitedInTheOutbox_ReportsItsIdWhenSent_AndIsThenUpdatedLikeTheOthers()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach, SchoolWorld.NewCoach);
        await _world.CoverAsync(SchoolWorld.Coach, Resources, Lincoln);
        await _world.CoverAsync(SchoolWorld.NewCoach, Resources, Lincoln);
        await _world.SayHelloAsync(SchoolWorld.NewCoach);
        _world.Connector.Throttled[ChatPlace.Personal(SchoolWorld.NewCoach).ConversationId] = 1; // Teams says "wait 60 s" once

        await _world.Chat(SchoolWorld.Teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form()).ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Coach, card => Assert.Equal(CoachRequestCard.Kind, card.CardKind))
            .ExpectTo(SchoolWorld.Teacher, text => Assert.Contains("to 2 coaches", text.Text, StringComparison.Ordinal))
            .ExpectNoMoreReplies()
            .As(SchoolWorld.Coach).In(ChatPlace.Personal(SchoolWorld.Coach))
            .Execute(RequestClaimPayload.VerbName).ExpectInvokeCard(CoachRequestCard.Kind).ExpectCardUpdated(CoachRequestCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Teacher, card => Assert.Equal(RequestClaimedCard.Kind, card.CardKind))
            .ExpectNoMoreReplies()
            .Then(_world.DrainOutbox(TimeSpan.FromSeconds(61)))
            .ExpectTo(SchoolWorld.NewCoach, late =>
            {
                Assert.False(late.IsUpdate);
                CardAssert.Contains(late, Padlet);
            })
            .ExpectNoMoreReplies()
            .RunJobs(_world, TimeSpan.FromSeconds(61))
            .ExpectTo(SchoolWorld.NewCoach, updated =>
            {
                Assert.True(updated.IsUpdate);
                CardAssert.Contains(updated, "Claimed by Bob Brown");
            })
            .ExpectNoMoreReplies();

        var request = await _world.LatestRequestAsync(SchoolWorld.Teacher);
        var late = await _world.Get<IRequestCopyStore>().FindAsync(request.Id, SchoolWorld.NewCoach.AadObjectId, Ct);
        Assert.Equal((CopyDelivery.Sent, CopyView.ClaimedByOther), (late!.Delivery, late.Shown));
        Assert.NotNull(late.ActivityId);
    }

    [Fact]
    public async Task InAGroupChat_TheFormAndEveryPrivateOutputGoOneToOne_TheGroupSeesOnlyTheNotice()
    {
        var group = ChatPlace.GroupChat("grade5-team");
        const string Notice = "I've sent you a private message.";

        await _world.Chat(SchoolWorld.Teacher, group)
            .Send("request support").ExpectPrivate(form => Assert.Equal(RequestFormCard.Kind, form.CardKind)).ExpectText(Notice).ExpectNoMoreReplies()
            .Send("my school")
            .ExpectPrivate(stopped => Assert.Equal("I've stopped your request for support so we can do this instead.", stopped.Text))
            .ExpectText(Notice)
            .ExpectPrivate(text => Assert.Equal("You haven't said which school you teach at yet.", text.Text))
            .ExpectPrivate(form => Assert.Equal("school.form", form.CardKind))
            .ExpectNoMoreReplies()
            .Send("What does a data coach do?").ExpectCard(RoleAnswerCard.Kind)
            .Execute(SupportAskPayload.VerbName).ExpectInvokeMessage("I've sent you the request form in our personal chat.")
            .ExpectPrivate(stopped => Assert.Contains("I've stopped choosing your school", stopped.Text, StringComparison.Ordinal))
            .ExpectText(Notice)
            .ExpectPrivate(form =>
            {
                Assert.Equal(RequestFormCard.Kind, form.CardKind);
                Assert.Equal("What does a data coach do?", CardInputs.ValueOf(form, RequestFormCard.NeedInput));
                Assert.Equal(TopicIds.DataCoach, CardInputs.ValueOf(form, RequestFormCard.RoleInput));
            })
            .ExpectNoMoreReplies()
            .In(ChatPlace.Personal(SchoolWorld.Teacher))
            .Execute(RequestFormPayload.VerbName, Form(need: "Reading our reading-test dashboards", role: TopicIds.DataCoach))
            .ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind).ExpectNoMoreReplies()
            .In(group)
            .Send("my requests").ExpectPrivate(list => CardAssert.Contains(list, "Reading our reading-test dashboards")).ExpectText(Notice).ExpectNoMoreReplies()
            .Send("cancel request R-ZZZZZZ").ExpectPrivate(text => Assert.StartsWith("I couldn't find request R-ZZZZZZ", text.Text, StringComparison.Ordinal)).ExpectText(Notice)
            .ExpectNoMoreReplies();

        Assert.DoesNotContain(_world.Connector.Sent, sent => sent.ConversationId == group.ConversationId);
    }

    [Fact]
    public async Task FromAnOlderClient_ActionSubmit_WorksTheSameWay_AndTheJobUpdatesTheClaimersCopy()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach);
        await _world.CoverAsync(SchoolWorld.Coach, Resources, Lincoln);

        await _world.Chat(SchoolWorld.Teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Submit(RequestFormPayload.VerbName, Form())
            .ExpectText(text => text.StartsWith("Sent: request R-", StringComparison.Ordinal), "the confirmation with the request's id")
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Coach).ExpectTo(SchoolWorld.Teacher)
            .As(SchoolWorld.Coach).In(ChatPlace.Personal(SchoolWorld.Coach))
            .Submit(RequestClaimPayload.VerbName)
            .ExpectText(text => text.StartsWith("You claimed request R-", StringComparison.Ordinal), "the claim confirmed")
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Teacher, told => Assert.Equal(RequestClaimedCard.Kind, told.CardKind))
            .ExpectTo(SchoolWorld.Coach, mine =>
            {
                Assert.True(mine.IsUpdate);
                CardAssert.Contains(mine, "You claimed this");
            })
            .ExpectNoMoreReplies();
    }

    private async Task SubmitAndRouteAsync()
    {
        await _world.Chat(SchoolWorld.Teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form()).ExpectInvokeCard(RequestSummaryCard.Kind)
            .RunJobs(_world);
    }

    private static System.Text.Json.Nodes.JsonObject Data<T>(T payload)
        where T : class, CoachBot.Cards.Actions.ICardActionPayload<T> =>
        System.Text.Json.Nodes.JsonNode.Parse(CoachBot.Cards.Actions.CardActionPayload.ToData(payload, "forged-card").GetRawText())!.AsObject();

    public void Dispose() => _world.Dispose();
}
