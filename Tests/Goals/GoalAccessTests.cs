using CoachBot.Cards.Views.Goals;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Goals;

/// <summary>
/// A goal is its coach's alone: another coach's goal id, typed or forged into a card action, is "not found" in the same
/// words as an id that does not exist; a teacher is told what CoachBot does for them; an old card is out of date.
/// </summary>
public sealed class GoalAccessTests : IDisposable
{
    private const long Missing = 987654;
    private readonly GoalsChat _chat = new();

    public static TheoryData<string> TypedCommands() => ["log progress #{0} +1", "log progress #{0}", "edit goal #{0}", "goal done #{0}", "archive goal #{0}"];

    [Theory]
    [MemberData(nameof(TypedCommands))]
    public async Task AnotherCoachsGoalId_Typed_IsNotFound_InTheWordsOfAMissingId(string command)
    {
        var bobs = _chat.Seed(ChatUser.Bob, "Bob's private goal");
        _chat.Seed(ChatUser.Alice, "Alice's goal");

        var replies = new List<string>();
        await _chat.Chat(ChatUser.Alice)
            .Send(string.Format(System.Globalization.CultureInfo.InvariantCulture, command, bobs.Id)).ExpectText(text => Keep(replies, text, bobs.Id), "not found")
            .Send(string.Format(System.Globalization.CultureInfo.InvariantCulture, command, Missing)).ExpectText(text => Keep(replies, text, Missing), "not found")
            .ExpectNoMoreReplies();

        Assert.Equal(replies[0], replies[1]);
        Assert.Equal(GoalsTexts.NotFound(0), replies[0]);
        await AssertUntouchedAsync(bobs);
    }

    public static TheoryData<string> ForgedActions() =>
    [
        GoalProgressOpenPayload.VerbName, GoalProgressSavePayload.VerbName, GoalDonePayload.VerbName, GoalArchivePayload.VerbName,
        GoalRestorePayload.VerbName, GoalEditPayload.VerbName, GoalCarryPayload.VerbName,
    ];

    [Theory]
    [MemberData(nameof(ForgedActions))]
    public async Task AnotherCoachsGoalId_InAForgedCardAction_IsNotFound_InTheWordsOfAMissingId(string verb)
    {
        var bobs = _chat.Seed(ChatUser.Bob, "Bob's private goal");

        var forBob = await PressAsync(verb, bobs.Id, bobs.Version);
        var forMissing = await PressAsync(verb, Missing, 1);

        Assert.StartsWith("I couldn't find goal #0 among your goals.", forBob, StringComparison.Ordinal);
        Assert.Equal(forBob, forMissing);
        await AssertUntouchedAsync(bobs);
    }

    [Fact]
    public async Task AnotherCoachsGoalId_PickedOnAForgedProgressPicker_IsNotFound()
    {
        var bobs = _chat.Seed(ChatUser.Bob, "Bob's private goal");
        _chat.Seed(ChatUser.Alice, "Alice's goal");

        await _chat.Chat(ChatUser.Alice)
            .Deliver(GoalsChat.Forged(new GoalProgressSavePayload(), new { goal = bobs.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), amount = "5" }))
            .ExpectInvokeMessage("I couldn't find goal #")
            .ExpectNoMoreReplies();
        await AssertUntouchedAsync(bobs);
    }

    [Fact]
    public async Task ATeacher_TypingAGoalCommand_IsToldWhatCoachBotDoesForThem()
    {
        await _chat.Chat(ChatUser.Carol)
            .Send("goals").ExpectText(GoalsTexts.ForTeachers)
            .Send("add goal").ExpectText(GoalsTexts.ForTeachers)
            .Send("log progress +1").ExpectText(GoalsTexts.ForTeachers)
            .ExpectNoMoreReplies();
        Assert.Contains("what does a mentor do?", GoalsTexts.ForTeachers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATeacher_PressingAGoalButton_IsToldWhatCoachBotDoesForThem_AndNothingChanges()
    {
        var bobs = _chat.Seed(ChatUser.Bob, "Bob's goal");

        await _chat.Chat(ChatUser.Carol)
            .Deliver(GoalsChat.Forged(new GoalDonePayload(bobs.Id, bobs.Version, GoalCardViews.List)))
            .ExpectInvokeMessage("Yearly goals are for coaches")
            .ExpectNoMoreReplies();
        await AssertUntouchedAsync(bobs);
    }

    [Fact]
    public async Task HelpAndWelcome_ListGoalsForCoaches_NotForTeachers()
    {
        await _chat.Chat(ChatUser.Alice).Send("help").ExpectCard("help", card =>
        {
            CardAssert.Contains(card, "For coaches");
            CardAssert.Contains(card, "**goals**: your goals for the school year, with progress and pace (sent privately)");
            CardAssert.Contains(card, "**add goal**");
            CardAssert.Contains(card, "**log progress**");
            Assert.DoesNotContain("set yearly goals", card.CardText(), StringComparison.OrdinalIgnoreCase);
        });
        await _chat.Chat(ChatUser.Carol).Send("help").ExpectCard("help", card => Assert.DoesNotContain("add goal", card.CardText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOldListCard_AfterTheGoalChanged_IsOutOfDate_AndShowsTheGoalsAsTheyAreNow()
    {
        var goal = _chat.Seed(ChatUser.Alice, "Parent workshops", target: 6, unit: "parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send("goals").ExpectCard(GoalListCard.Kind)
            .Send($"log progress #{goal.Id} +1").ExpectCard(GoalListCard.Kind)
            .Then(session =>
            {
                // Press "Mark done" on the first card (before the progress), as a person scrolling up would.
                return session.DeliverAsync(
                    GoalsChat.Forged(new GoalDonePayload(goal.Id, goal.Version, GoalCardViews.List))(session), TestContext.Current.CancellationToken);
            })
            .ExpectInvokeCard(GoalListCard.Kind)
            .Then(session =>
            {
                var text = session.InvokeBody("the current goals card").GetProperty("value").GetRawText();
                Assert.Contains("That card was out of date, so nothing was changed", text, StringComparison.Ordinal);
                Assert.Contains("1 of 6 parent workshops", text, StringComparison.Ordinal);
                return Task.CompletedTask;
            })
            .ExpectNoMoreReplies();

        Assert.Equal(GoalStatus.Active, (await _chat.Store.FindAsync(ChatUser.Alice.AadObjectId, goal.Id, TestContext.Current.CancellationToken))!.Status);
    }

    [Fact]
    public async Task AGoalButton_FromACardOfAnotherPayloadVersion_IsOutOfDate()
    {
        var goal = _chat.Seed(ChatUser.Alice, "Parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Deliver(GoalsChat.Forged(new GoalDonePayload(goal.Id, goal.Version, GoalCardViews.List), new { v = 99 }))
            .ExpectInvokeMessage("out of date")
            .ExpectNoMoreReplies();
    }

    private static bool Keep(List<string> replies, string text, long id)
    {
        replies.Add(text.Replace("#" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), "#0", StringComparison.Ordinal));
        return text.StartsWith("I couldn't find goal #", StringComparison.Ordinal);
    }

    private async Task<string> PressAsync(string verb, long id, int version)
    {
        string? message = null;
        var forged = verb switch
        {
            GoalProgressOpenPayload.VerbName => GoalsChat.Forged(new GoalProgressOpenPayload(id, version)),
            GoalProgressSavePayload.VerbName => GoalsChat.Forged(new GoalProgressSavePayload(id, version), new { amount = "1" }),
            GoalDonePayload.VerbName => GoalsChat.Forged(new GoalDonePayload(id, version, GoalCardViews.List)),
            GoalArchivePayload.VerbName => GoalsChat.Forged(new GoalArchivePayload(id, version, GoalCardViews.List)),
            GoalRestorePayload.VerbName => GoalsChat.Forged(new GoalRestorePayload(id, version)),
            GoalEditPayload.VerbName => GoalsChat.Forged(new GoalEditPayload(id, version)),
            _ => GoalsChat.Forged(new GoalCarryPayload(id, version, Confirmed: true)),
        };
        await _chat.Chat(ChatUser.Alice)
            .Deliver(forged)
            .Then(session =>
            {
                message = session.InvokeBody("a not-found message").GetProperty("value").GetString();
                session.ExpectNothingMore();
                return Task.CompletedTask;
            });
        return message!.Replace("#" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), "#0", StringComparison.Ordinal);
    }

    private async Task AssertUntouchedAsync(Goal before)
    {
        var after = await _chat.Store.FindAsync(ChatUser.Bob.AadObjectId, before.Id, TestContext.Current.CancellationToken);
        Assert.Equal(before.Version, after!.Version);
        Assert.Equal(GoalStatus.Active, after.Status);
        Assert.Equal(before.Progress, after.Progress);
    }

    public void Dispose() => _chat.Dispose();
}
