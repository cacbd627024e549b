using CoachBot.Cards.Views;
using CoachBot.Cards.Views.Goals;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Goals;

/// <summary>A coach's yearly goals, as the coach sees them in Teams: add, edit, log progress, mark done, archive.</summary>
public sealed class GoalConversationTests : IDisposable
{
    private readonly GoalsChat _chat = new();

    [Fact]
    public async Task AddGoal_ThroughTheForm_ShowsTheGoalWithItsProgressAndPace()
    {
        await _chat.Chat(ChatUser.Alice)
            .Send("add goal").ExpectCard(GoalFormCard.Kind, card => CardAssert.Contains(card, "Add a goal for 2026–27"))
            .Execute(GoalFormSavePayload.VerbName, new { title = "Run parent workshops on our platform", serves = "task.workshops", target = "6", unit = "parent workshops" })
            .ExpectInvokeCard(ReadOnlySummaryCard.Kind)
            .ExpectCard(GoalListCard.Kind, card =>
            {
                CardAssert.Contains(card, "Your goals for 2026–27");
                CardAssert.Contains(card, "Added goal #");
                CardAssert.Contains(card, "Run parent workshops on our platform");
                CardAssert.Contains(card, "Serves: Workshops and PD for staff, parents and the community (Learning Facilitator)");
                CardAssert.Contains(card, "0 of 6 parent workshops (0%)");
                CardAssert.Contains(card, "✔ On track");
            })
            .ExpectCardUpdated(ReadOnlySummaryCard.Kind)
            .ExpectNoMoreReplies();

        var goal = Assert.Single(await _chat.Store.ListAsync(ChatUser.Alice.AadObjectId, TestContext.Current.CancellationToken));
        Assert.Equal(("Run parent workshops on our platform", 6, "parent workshops", GoalStatus.Active), (goal.Title, goal.Target, goal.Unit, goal.Status));
        Assert.Equal(new DateOnly(2026, 8, 1), goal.Year.Start);
    }

    [Fact]
    public async Task AddGoal_WithMilestonesAndADueDate_ListsEachMilestone()
    {
        await _chat.Chat(ChatUser.Alice)
            .Send("add goal Launch the resource library")
            .ExpectCard(GoalFormCard.Kind, card => CardAssert.Contains(card, "Launch the resource library"))
            .Execute(GoalFormSavePayload.VerbName, new
            {
                title = "Launch the resource library",
                serves = "task.online-library",
                milestones = "Pick the platform\n- Move the how-to guides\n\nTrain two teachers per grade",
                due = "2027-03-12",
            })
            .ExpectInvokeCard(ReadOnlySummaryCard.Kind)
            .ExpectCard(GoalListCard.Kind, card =>
            {
                CardAssert.Contains(card, "0 of 3 milestones (0%)");
                CardAssert.Contains(card, "Move the how-to guides");
                CardAssert.Contains(card, "Due Friday, March 12, 2027");
            });
    }

    [Fact]
    public async Task LogProgress_WithACount_AddsItAndShowsTheNewNumbers()
    {
        var goal = _chat.Seed(ChatUser.Alice, "Parent workshops", target: 6, unit: "parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send($"log progress #{goal.Id} +2")
            .ExpectCard(GoalListCard.Kind, card =>
            {
                CardAssert.Contains(card, $"Logged +2 on “Parent workshops”: 2 of 6 parent workshops (33%)");
                CardAssert.Contains(card, "2 of 6 parent workshops (33%)");
            })
            .Send($"log progress {goal.Id} -1")
            .ExpectCard(GoalListCard.Kind, card => CardAssert.Contains(card, "1 of 6 parent workshops (16%)"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task LogProgress_TypedWithoutANumber_AsksWithASmallFormThenShowsTheList()
    {
        var goal = _chat.Seed(ChatUser.Alice, "Parent workshops", target: 6, unit: "parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send("log progress").ExpectCard(GoalProgressFormCard.Kind, card =>
            {
                CardAssert.Contains(card, "Parent workshops");
                CardAssert.Contains(card, "How many more?");
            })
            .Execute(GoalProgressSavePayload.VerbName, new { amount = "3" })
            .ExpectInvokeCard(GoalListCard.Kind)
            .ExpectCardUpdated(GoalListCard.Kind)
            .ExpectNoMoreReplies();

        Assert.Equal(3, (await _chat.Store.FindAsync(ChatUser.Alice.AadObjectId, goal.Id, TestContext.Current.CancellationToken))!.Progress);
    }

    [Fact]
    public async Task LogProgress_OnAMilestone_ByCommandAndByTheForm()
    {
        var goal = _chat.Seed(ChatUser.Alice, "Resource library", milestones: ["Pick the platform", "Move the guides", "Train teachers"]);

        await _chat.Chat(ChatUser.Alice)
            .Send($"log progress #{goal.Id} milestone 2")
            .ExpectCard(GoalListCard.Kind, card => CardAssert.Contains(card, "1 of 3 milestones (33%)"))
            .Send($"log progress #{goal.Id}")
            .ExpectCard(GoalProgressFormCard.Kind, card =>
            {
                CardAssert.Contains(card, "Pick the platform");
                Assert.DoesNotContain("Move the guides", card.CardText(), StringComparison.Ordinal);
            })
            .Execute(GoalProgressSavePayload.VerbName, new { milestones = "0,2" })
            .ExpectInvokeCard(GoalListCard.Kind)
            .ExpectCardUpdated(GoalListCard.Kind);

        var saved = (await _chat.Store.FindAsync(ChatUser.Alice.AadObjectId, goal.Id, TestContext.Current.CancellationToken))!;
        Assert.All(saved.Milestones, milestone => Assert.Equal(new DateOnly(2026, 11, 30), milestone.DoneOn));
    }

    [Fact]
    public async Task LogProgressButton_OnTheList_ReplacesTheCardWithTheFormThenWithTheUpdatedList()
    {
        _chat.Seed(ChatUser.Alice, "Parent workshops", target: 6, unit: "parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send("goals").ExpectCard(GoalListCard.Kind)
            .Execute(GoalProgressOpenPayload.VerbName).ExpectInvokeCard(GoalProgressFormCard.Kind).ExpectCardUpdated(GoalProgressFormCard.Kind)
            .Execute(GoalProgressSavePayload.VerbName, new { amount = "1" }).ExpectInvokeCard(GoalListCard.Kind)
            .ExpectCard(GoalListCard.Kind, card => CardAssert.Contains(card, "1 of 6 parent workshops (16%)"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Edit_FromTheListCard_SavesTheChangedGoal()
    {
        var goal = _chat.Seed(ChatUser.Alice, "Parent workshops", target: 6, unit: "parent workshops", progress: 2);

        await _chat.Chat(ChatUser.Alice)
            .Send("goals").ExpectCard(GoalListCard.Kind)
            .Execute(GoalEditPayload.VerbName).ExpectInvokeMessage("Edit the goal in the form below")
            .ExpectCard(GoalFormCard.Kind, card =>
            {
                CardAssert.Contains(card, $"Edit goal #{goal.Id}");
                CardAssert.Contains(card, "Parent workshops");
            })
            .Execute(GoalFormSavePayload.VerbName, new { title = "Parent and community workshops", serves = "task.workshops", target = "8", unit = "workshops" })
            .ExpectInvokeCard(ReadOnlySummaryCard.Kind)
            .ExpectCard(GoalListCard.Kind, card =>
            {
                CardAssert.Contains(card, "Saved your changes");
                CardAssert.Contains(card, "2 of 8 workshops (25%)");
            });

        var saved = (await _chat.Store.FindAsync(ChatUser.Alice.AadObjectId, goal.Id, TestContext.Current.CancellationToken))!;
        Assert.Equal(("Parent and community workshops", 8, 2, "task.workshops"), (saved.Title, saved.Target, saved.Progress, saved.Serves));
    }

    [Fact]
    public async Task Archive_TakesTheGoalOffTheList_AndUndoBringsItBack()
    {
        var goal = _chat.Seed(ChatUser.Alice, "Parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send("goals").ExpectCard(GoalListCard.Kind)
            .Execute(GoalArchivePayload.VerbName).ExpectInvokeCard(GoalListCard.Kind)
            .ExpectCard(GoalListCard.Kind, card =>
            {
                CardAssert.Contains(card, "Archived: “Parent workshops”");
                CardAssert.Contains(card, "1 archived goal is not shown.");
                Assert.DoesNotContain("Log progress", card.CardText(), StringComparison.Ordinal);
            })
            .Execute(GoalRestorePayload.VerbName).ExpectInvokeCard(GoalListCard.Kind)
            .ExpectCard(GoalListCard.Kind, card => CardAssert.Contains(card, "Back on your list"));

        Assert.Equal(GoalStatus.Active, (await _chat.Store.FindAsync(ChatUser.Alice.AadObjectId, goal.Id, TestContext.Current.CancellationToken))!.Status);
    }

    [Fact]
    public async Task MarkDone_ByButtonAndByCommand_ListsTheGoalsAsDone()
    {
        var first = _chat.Seed(ChatUser.Alice, "Parent workshops");
        var second = _chat.Seed(ChatUser.Alice, "Showcase night");

        await _chat.Chat(ChatUser.Alice)
            .Send($"goal done #{second.Id}")
            .ExpectCard(GoalListCard.Kind, card =>
            {
                CardAssert.Contains(card, "Done: “Showcase night”");
                CardAssert.Contains(card, "Done (1)");
            })
            .Execute(GoalDonePayload.VerbName).ExpectInvokeCard(GoalListCard.Kind)
            .ExpectCard(GoalListCard.Kind, card => CardAssert.Contains(card, "Done (2)"));

        foreach (var id in new[] { first.Id, second.Id })
        {
            var goal = (await _chat.Store.FindAsync(ChatUser.Alice.AadObjectId, id, TestContext.Current.CancellationToken))!;
            Assert.Equal(GoalStatus.Done, goal.Status);
            Assert.Equal(_chat.Time.GetUtcNow(), goal.DoneAt);
        }
    }

    [Fact]
    public async Task TheSixthGoal_AsksForConfirmation_QuotingTheArticle()
    {
        for (var i = 1; i <= 5; i++)
        {
            _chat.Seed(ChatUser.Alice, $"Goal {i}");
        }

        await _chat.Chat(ChatUser.Alice)
            .Send("add goal").ExpectCard(GoalFocusCard.Kind, card =>
            {
                CardAssert.Contains(card, "A sixth goal?");
                CardAssert.Contains(card, "5 active goals");
                CardAssert.Contains(card, "diffuses the focus and dilutes the impact");
                CardAssert.Contains(card, "Add a sixth goal");
            })
            .Execute(GoalFocusPayload.VerbName, new { add = false }).ExpectInvokeCard(ReadOnlySummaryCard.Kind)
            .ExpectTextContaining("no new goal")
            .ExpectCardUpdated(ReadOnlySummaryCard.Kind)
            .Send("add goal").ExpectCard(GoalFocusCard.Kind)
            .Execute(GoalFocusPayload.VerbName, new { add = true }).ExpectInvokeCard(ReadOnlySummaryCard.Kind)
            .ExpectCard(GoalFormCard.Kind)
            .ExpectCardUpdated(ReadOnlySummaryCard.Kind)
            .Execute(GoalFormSavePayload.VerbName, new { title = "Sixth", serves = "role.learner", target = "3" }).ExpectInvokeCard(ReadOnlySummaryCard.Kind)
            .ExpectCard(GoalListCard.Kind, card =>
            {
                CardAssert.Contains(card, "You have 6 active goals. CoachBot advises at most 5");
                CardAssert.Contains(card, "dilutes the impact");
            });

        Assert.Equal(6, (await _chat.Store.ListAsync(ChatUser.Alice.AadObjectId, TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task AtTenActiveGoals_AddGoal_SaysThatIsTheMost()
    {
        for (var i = 1; i <= GoalRules.MaxActive; i++)
        {
            _chat.Seed(ChatUser.Alice, $"Goal {i}");
        }

        await _chat.Chat(ChatUser.Alice)
            .Send("add goal").ExpectTextContaining("You have 10 active goals for 2026–27, the most I keep")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task GoalCommands_InAGroupChat_AnswerInThePersonalChat()
    {
        _chat.Seed(ChatUser.Alice, "Parent workshops");

        await _chat.Chat(ChatUser.Alice, ChatPlace.GroupChat())
            .Send("goals")
            .ExpectPrivate(reply => Assert.Equal(GoalListCard.Kind, reply.CardKind))
            .ExpectText("I've sent you a private message.")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task AGoalCardPressed_InAGroupChat_ChangesNothing()
    {
        var goal = _chat.Seed(ChatUser.Alice, "Parent workshops");

        await _chat.Chat(ChatUser.Alice, ChatPlace.GroupChat())
            .Deliver(GoalsChat.Forged(new GoalDonePayload(goal.Id, goal.Version, GoalCardViews.List)))
            .ExpectInvokeMessage("Goals are private")
            .ExpectNoMoreReplies();

        Assert.Equal(GoalStatus.Active, (await _chat.Store.FindAsync(ChatUser.Alice.AadObjectId, goal.Id, TestContext.Current.CancellationToken))!.Status);
    }

    public void Dispose() => _chat.Dispose();
}
