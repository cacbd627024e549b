using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Features.Reflections;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Reflections;

/// <summary>
/// A reflection is private to its author: nobody else reads, changes or deletes it through any command or card action,
/// and in a group chat or channel reflection commands save nothing and echo nothing.
/// </summary>
public sealed class ReflectionPrivacyTests : IDisposable
{
    private const string Secret = "observed Ms. Lee's class, the station rotation fell apart 30 min";
    private readonly ReflectionsHost _host = new(settings: new Dictionary<string, string?> { ["Coaching:Admins:0"] = ChatUser.Carol.AadObjectId });

    public static TheoryData<string> CaptureCommands => new(
    [
        "reflect: " + Secret,
        "reflect",
        "diverted: bus duty with the grade 2 kids 20 min",
        "diverted",
    ]);

    [Theory]
    [MemberData(nameof(CaptureCommands))]
    public async Task CaptureInAGroupChat_SavesNothing_AndAnswersWithoutEchoingTheText(string line)
    {
        await _host.WithAsync(ChatUser.Alice);
        var group = ChatPlace.GroupChat("staff-room");

        await _host.Chat(ChatUser.Alice, group)
            .Send(line)
            .ExpectText(ReflectionTexts.PrivateHere)
            .ExpectNoMoreReplies();

        Assert.Equal("Reflections are private \u2014 send this to me in our personal chat.", ReflectionTexts.PrivateHere);
        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
        Assert.DoesNotContain(_host.Driver.Connector.Sent, sent => sent.Activity.Text?.Contains("Ms. Lee", StringComparison.Ordinal) == true
            || sent.Activity.Text?.Contains("bus duty", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task CaptureInAChannel_SavesNothing_AndAnswersWithoutEchoingTheText()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice, ChatPlace.Channel("coaching"))
            .Send("reflect: " + Secret)
            .ExpectText(ReflectionTexts.PrivateHere)
            .ExpectNoMoreReplies();

        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
    }

    [Theory]
    [InlineData("my reflections", ReflectionListCard.Kind)]
    [InlineData("my reflections lee", ReflectionListCard.Kind)]
    [InlineData("reflection digest", ReflectionDigestCard.Kind)]
    public async Task ReviewInAGroupChat_IsAnsweredOneToOne_AndTheGroupSeesOnlyTheNotice(string command, string kind)
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.Chat(ChatUser.Alice).Send("reflect: " + Secret).ExpectCard(ReflectionSavedCard.Kind);
        var group = ChatPlace.GroupChat("staff-room");

        await _host.Chat(ChatUser.Alice, group)
            .Send(command)
            .ExpectPrivate(reply => Assert.Equal(kind, reply.CardKind))
            .ExpectText("I've sent you a private message.")
            .ExpectNoMoreReplies();

        Assert.DoesNotContain(_host.Driver.Connector.Sent, sent => sent.ConversationId == group.ConversationId && sent.Activity.Attachments is { Count: > 0 });
    }

    [Fact]
    public async Task AnotherCoach_ListsAndDigests_OnlyTheirOwn()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.WithAsync(ChatUser.Bob, CoachingRole.LeadCoach);
        await _host.Chat(ChatUser.Alice).Send("reflect: " + Secret).ExpectCard(ReflectionSavedCard.Kind);

        await _host.Chat(ChatUser.Bob)
            .Send("my reflections").ExpectCard(ReflectionListCard.Kind, card =>
            {
                CardAssert.Contains(card, "No reflections yet");
                Assert.DoesNotContain("Ms. Lee", card.CardText(), StringComparison.Ordinal);
            })
            .Send("my reflections lee").ExpectCard(ReflectionListCard.Kind, card => Assert.DoesNotContain("station rotation", card.CardText(), StringComparison.Ordinal))
            .Send("reflection digest").ExpectCard(ReflectionDigestCard.Kind, card => CardAssert.Contains(card, "0 reflections"));
    }

    [Fact]
    public async Task AnotherCoach_PressingForgedButtonsWithTheId_GetsNotFound_AndTheReflectionIsUntouched()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.WithAsync(ChatUser.Bob);
        await _host.Chat(ChatUser.Alice).Send("reflect: " + Secret).ExpectCard(ReflectionSavedCard.Kind);
        var original = Assert.Single(await _host.SavedAsync(ChatUser.Alice));
        var id = original.Id;

        var bob = _host.Chat(ChatUser.Bob);
        bob = ReflectionsHost.Press(bob, new ReflectionEditPayload(id, InPlace: true)).ExpectInvokeMessage("couldn't find that reflection");
        bob = ReflectionsHost.Press(bob, new ReflectionEditPayload(id, InPlace: false)).ExpectInvokeMessage("couldn't find that reflection");
        bob = ReflectionsHost.Press(bob, new ReflectionUndoPayload(id)).ExpectInvokeMessage("couldn't find that reflection");
        bob = ReflectionsHost.Press(bob, new ReflectionDeletePayload(id, Confirmed: false, "")).ExpectInvokeMessage("couldn't find that reflection");
        bob = ReflectionsHost.Press(bob, new ReflectionDeletePayload(id, Confirmed: true, "")).ExpectInvokeMessage("couldn't find that reflection");
        bob = ReflectionsHost.Press(bob, new ReflectionSavePayload(id), new { text = "overwritten by Bob", minutes = "1" }).ExpectInvokeMessage("couldn't find that reflection");
        await bob.ExpectNoMoreReplies();

        Assert.Equal(original, Assert.Single(await _host.SavedAsync(ChatUser.Alice)));
        Assert.Empty(await _host.SavedAsync(ChatUser.Bob));
        Assert.DoesNotContain(_host.Driver.Connector.Sent, sent => sent.Activity.Text?.Contains("Ms. Lee", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task AnotherCoach_PressingTheRealCardsButtons_GetsNothingEither()
    {
        // Bob presses buttons of the very card Alice got (as if it were shown to him), in his own personal chat.
        await _host.WithAsync(ChatUser.Alice);
        await _host.WithAsync(ChatUser.Bob);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect: " + Secret).ExpectCard(ReflectionSavedCard.Kind)
            .As(ChatUser.Bob)
            .Execute(ReflectionEditPayload.VerbName).ExpectInvokeMessage("couldn't find that reflection")
            .Execute(ReflectionUndoPayload.VerbName).ExpectInvokeMessage("couldn't find that reflection")
            .ExpectNoMoreReplies();

        Assert.Single(await _host.SavedAsync(ChatUser.Alice));
    }

    [Fact]
    public async Task AnotherCoach_CannotSaveANewReflectionThroughSomeoneElsesForm()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.WithAsync(ChatUser.Bob);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .As(ChatUser.Bob)
            .Execute(ReflectionSavePayload.VerbName, new { text = "through Alice's form" }).ExpectInvokeMessage("out of date")
            .As(ChatUser.Alice)
            .Execute(ReflectionSavePayload.VerbName, new { text = "my own" }).ExpectInvokeCard(ReflectionSavedCard.Kind);

        Assert.Empty(await _host.SavedAsync(ChatUser.Bob));
        Assert.Equal("my own", Assert.Single(await _host.SavedAsync(ChatUser.Alice)).Content.Text);
    }

    [Fact]
    public async Task AForgedSaveOnACardCoachBotNeverSent_IsOutOfDate()
    {
        await _host.WithAsync(ChatUser.Alice);

        await ReflectionsHost.Press(_host.Chat(ChatUser.Alice), new ReflectionSavePayload(), new { text = "from nowhere" })
            .ExpectInvokeMessage("out of date");

        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
    }

    [Fact]
    public async Task AnAdminAndATeacher_PressingForgedButtons_AreToldReflectionsAreForCoaches()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.Chat(ChatUser.Alice).Send("reflect: " + Secret).ExpectCard(ReflectionSavedCard.Kind);
        var id = Assert.Single(await _host.SavedAsync(ChatUser.Alice)).Id;
        var teacher = new ChatUser("29:dave", "dddddddd-0000-4000-8000-000000000004", "Dave Diaz");

        foreach (var user in new[] { ChatUser.Carol, teacher })
        {
            await ReflectionsHost.Press(_host.Chat(user), new ReflectionEditPayload(id, InPlace: true))
                .ExpectInvokeMessage("Reflections are for coaches")
                .ExpectNoMoreReplies();
            await ReflectionsHost.Press(_host.Chat(user), new ReflectionListPayload(""))
                .ExpectInvokeMessage("Reflections are for coaches");
            await ReflectionsHost.Press(_host.Chat(user), new ReflectionLinkGoalPayload(id, 1))
                .ExpectInvokeMessage("Reflections are for coaches");
        }

        Assert.Single(await _host.SavedAsync(ChatUser.Alice));
    }

    [Fact]
    public async Task AnyReflectionButtonPressedInAGroupChat_ShowsNothing()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.Chat(ChatUser.Alice).Send("reflect: " + Secret).ExpectCard(ReflectionSavedCard.Kind);
        var id = Assert.Single(await _host.SavedAsync(ChatUser.Alice)).Id;
        var group = _host.Chat(ChatUser.Alice, ChatPlace.GroupChat("staff-room"));

        await ReflectionsHost.Press(group, new ReflectionEditPayload(id, InPlace: true)).ExpectInvokeMessage(ReflectionTexts.PrivateHere).ExpectNoMoreReplies();
        await ReflectionsHost.Press(group, new ReflectionListPayload("")).ExpectInvokeMessage(ReflectionTexts.PrivateHere).ExpectNoMoreReplies();
        await ReflectionsHost.Press(group, new ReflectionUndoPayload(id)).ExpectInvokeMessage(ReflectionTexts.PrivateHere).ExpectNoMoreReplies();
        await ReflectionsHost.Press(group, new ReflectionLinkGoalPayload(id, 1)).ExpectInvokeMessage(ReflectionTexts.PrivateHere).ExpectNoMoreReplies();

        Assert.Single(await _host.SavedAsync(ChatUser.Alice));
    }

    [Fact]
    public async Task TheStore_FindsChangesAndDeletesOnlyThroughTheAuthorsId()
    {
        var saved = await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("private words", 20, "role.mentor"), _host.Time.GetUtcNow());
        var ct = TestContext.Current.CancellationToken;

        Assert.Null(await _host.Store.FindAsync(ChatUser.Bob.AadObjectId, saved.Id, ct));
        Assert.Null(await _host.Store.UpdateAsync(ChatUser.Bob.AadObjectId, saved.Id, ReflectionsHost.Coaching("changed", 1), _host.Time.GetUtcNow(), ct));
        Assert.False(await _host.Store.DeleteAsync(ChatUser.Bob.AadObjectId, saved.Id, ct));
        Assert.Empty((await _host.Store.ListAsync(ChatUser.Bob.AadObjectId, ReflectionQuery.All, null, 10, ct)).Items);
        Assert.Empty((await _host.Store.ListAsync(ChatUser.Bob.AadObjectId, new ReflectionQuery(Words: "private"), null, 10, ct)).Items);
        Assert.Empty(await _host.Store.FiguresAsync(ChatUser.Bob.AadObjectId, DateOnly.MinValue, ct));
        Assert.Empty(await _host.Store.ReflectionWeeksAsync(ChatUser.Bob.AadObjectId, ct));
        Assert.Equal(saved, await _host.Store.FindAsync(ChatUser.Alice.AadObjectId, saved.Id, ct));
    }

    public void Dispose() => _host.Dispose();
}
