using CoachBot.Bot.Outbound;
using CoachBot.Cards.Views.Coverage;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.Messaging;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Requests;

namespace CoachBot.Tests.Coverage;

/// <summary>Who covers what: <c>my coverage</c>, <c>coverage @Name</c>, the roster's view of it, and reaching a new coach.</summary>
public sealed class CoverageConversationTests : IDisposable
{
    private readonly SchoolWorld _world = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACoach_SetsTheirCoverage_AndTheRosterShowsIt()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach);

        await _world.Chat(SchoolWorld.Coach)
            .Send("my coverage")
            .ExpectCard(CoverageFormCard.Kind, card =>
            {
                CardAssert.Contains(card, "Your coverage");
                CardAssert.Contains(card, "Data Coach");
                CardAssert.Contains(card, "Washington Middle");
            })
            .Execute(CoverageSavePayload.VerbName, new { roles = "role.mentor,role.data-coach", schools = "Lincoln Elementary" })
            .ExpectInvokeCard(CoverageFormCard.Kind + ".submitted")
            .ExpectCard(CoverageFormCard.Kind + ".submitted", card =>
            {
                Assert.True(card.IsUpdate);
                CardAssert.Contains(card, "Data Coach, Mentor");
            })
            .ExpectNoMoreReplies();

        var saved = await _world.Get<ICoverageStore>().FindAsync(SchoolWorld.Coach.AadObjectId, Ct);
        Assert.Equal(["role.data-coach", "role.mentor"], saved!.RoleIds);
        Assert.Equal(["Lincoln Elementary"], saved.Schools);

        await _world.Chat(SchoolWorld.Admin).Send("roster")
            .ExpectText(text => text.Contains("- Bob Brown: Data Coach, Mentor at Lincoln Elementary", StringComparison.Ordinal), "Bob's coverage in the roster");
    }

    [Fact]
    public async Task TheFormShowsWhatIsCoveredNow_AndValuesFromNowhereAreIgnored()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach);
        await _world.Chat(SchoolWorld.Coach)
            .Send("my coverage").ExpectCard(CoverageFormCard.Kind)
            .Execute(CoverageSavePayload.VerbName, new { roles = "role.learner,role.astronaut", schools = "Lincoln Elementary,Hogwarts" })
            .ExpectInvokeCard(CoverageFormCard.Kind + ".submitted");

        var saved = await _world.Get<ICoverageStore>().FindAsync(SchoolWorld.Coach.AadObjectId, Ct);
        Assert.Equal(["role.learner"], saved!.RoleIds);
        Assert.Equal(["Lincoln Elementary"], saved.Schools);

        await _world.Chat(SchoolWorld.Coach)
            .Send("my coverage")
            .ExpectCard(CoverageFormCard.Kind, card => Assert.Contains("\"value\":\"role.learner\"", card.Card!.Value.GetRawText().Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAdmin_SetsACoachsCoverage_ByMention_InTheirPersonalChat()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach);

        await _world.Chat(SchoolWorld.Admin, SchoolWorld.StaffChannel)
            .SendMentioning("coverage <at>Bob Brown</at>", SchoolWorld.Coach)
            .ExpectPrivate(card =>
            {
                Assert.Equal(CoverageFormCard.Kind, card.CardKind);
                CardAssert.Contains(card, "Bob Brown");
            })
            .ExpectText("I've sent you a private message.")
            .In(ChatPlace.Personal(SchoolWorld.Admin))
            .Execute(CoverageSavePayload.VerbName, new { roles = "role.school-leader", schools = "Washington Middle" })
            .ExpectInvokeCard(CoverageFormCard.Kind + ".submitted");

        var saved = await _world.Get<ICoverageStore>().FindAsync(SchoolWorld.Coach.AadObjectId, Ct);
        Assert.Equal(["role.school-leader"], saved!.RoleIds);
        Assert.Equal(SchoolWorld.Admin.AadObjectId, saved.UpdatedBy);
    }

    [Fact]
    public async Task ATeacher_CannotSetCoverage_AndNoOneCoversSomeoneWhoIsNoCoach()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach);

        await _world.Chat(SchoolWorld.Teacher)
            .SendMentioning("coverage <at>Bob Brown</at>", SchoolWorld.Coach).ExpectText(CoverageRules.OnlyAdminsAndLeads)
            .Send("my coverage").ExpectTextContaining("Only coaches can")
            .As(SchoolWorld.Admin).In(ChatPlace.Personal(SchoolWorld.Admin))
            .SendMentioning("coverage <at>Alice Adams</at>", SchoolWorld.Teacher).ExpectTextContaining("Alice Adams isn't a coach or lead coach")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task ALeadCoach_MaySetCoverage_ButACoachWhoLostTheRoleCannotSaveAnOldForm()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach);
        await _world.GrantAsync("lead coach", SchoolWorld.LeadCoach);

        await _world.Chat(SchoolWorld.LeadCoach)
            .SendMentioning("coverage <at>Bob Brown</at>", SchoolWorld.Coach).ExpectCard(CoverageFormCard.Kind)
            .As(SchoolWorld.Coach).In(ChatPlace.Personal(SchoolWorld.Coach))
            .Send("my coverage").ExpectCard(CoverageFormCard.Kind)
            .As(SchoolWorld.Admin).In(SchoolWorld.StaffChannel)
            .SendMentioning("remove coach <at>Bob Brown</at>", SchoolWorld.Coach).ExpectTextContaining("no longer a coach")
            .As(SchoolWorld.Coach).In(ChatPlace.Personal(SchoolWorld.Coach))
            .Execute(CoverageSavePayload.VerbName, new { roles = "role.mentor" })
            .ExpectInvokeMessage("Only coaches can");

        Assert.Null(await _world.Get<ICoverageStore>().FindAsync(SchoolWorld.Coach.AadObjectId, Ct));
    }

    [Fact]
    public async Task AGrantByMention_RecordsWhereTheNewCoachCanBeReached_SoAOneToOneMessageGetsThrough()
    {
        await _world.GrantAsync("coach", SchoolWorld.NewCoach);

        var user = await _world.Get<IConversationDirectory>().FindUserAsync(SchoolWorld.NewCoach.AadObjectId, Ct);
        Assert.NotNull(user);
        Assert.Equal(SchoolWorld.NewCoach.Id, user.TeamsUserId);
        Assert.Equal(ActivityBuilder.TenantId, user.TenantId);
        Assert.Equal(ActivityBuilder.ServiceUrl, user.ServiceUrl);
        Assert.Null(user.PersonalConversationId);

        var outcome = await _world.Get<IProactiveMessenger>().SendToUserAsync(SchoolWorld.NewCoach.AadObjectId, new MessageContent.Text("Welcome aboard"), Ct);

        var sent = Assert.IsType<SendOutcome.Sent>(outcome);
        Assert.Equal(ChatPlace.Personal(SchoolWorld.NewCoach).ConversationId, sent.ConversationId);
        Assert.Contains(_world.Connector.Sent, s => s.ConversationId == sent.ConversationId && s.Activity.Text == "Welcome aboard");
    }

    [Fact]
    public async Task ARevoke_DoesNotRecordAnyone()
    {
        await _world.Chat(SchoolWorld.Admin, SchoolWorld.StaffChannel)
            .SendMentioning("remove coach <at>Dave Diaz</at>", SchoolWorld.NewCoach).ExpectTextContaining("isn't a coach");

        Assert.Null(await _world.Get<IConversationDirectory>().FindUserAsync(SchoolWorld.NewCoach.AadObjectId, Ct));
    }

    public void Dispose() => _world.Dispose();
}
