using CoachBot.Cards.Views.Nudges;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.Features.Nudges;
using CoachBot.Tests.Goals;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Nudges;

/// <summary>The weekly nudge as a coach sees it in Teams, and what each of its buttons does (always in place).</summary>
public sealed class NudgeCardTests : IDisposable
{
    private static readonly DateTimeOffset Monday0800Oslo = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);

    private readonly NudgesWorld _world = new();

    private ChatScript Nudged(ChatUser coach) =>
        _world.Chat(coach)
            .Send("nudge time Monday 8:00").ExpectTextContaining("Nudges come on Mondays at 08:00")
            .Then(_world.RunJobsAt(Monday0800Oslo));

    [Fact]
    public async Task TheNudge_ShowsTheWeekEachGoalWithProgressPaceAndReflection_AndItsButtons()
    {
        _world.Seed(ChatUser.Alice, "Parent workshops", target: 6, unit: "parent workshops", progress: 2);
        _world.Seed(ChatUser.Alice, "Resource library", milestones: ["Pick the platform", "Move the guides"]);

        await Nudged(ChatUser.Alice)
            .ExpectCard(NudgeCard.Kind, card =>
            {
                CardAssert.Contains(card, "Week 18 of the school year");
                CardAssert.Contains(card, "Your goals for 2026–27 · 2 active goals");
                CardAssert.Contains(card, "Parent workshops");
                CardAssert.Contains(card, "2 of 6 parent workshops (33%)");
                CardAssert.Contains(card, "0 of 2 milestones (0%)");
                CardAssert.Contains(card, "On track");
                CardAssert.Contains(card, "No reflection linked to this goal yet.");
                CardAssert.Contains(card, "Nudges come on Mondays at 08:00 (Europe/Oslo time); the next one Monday, December 7, 2026 at 8:00 AM");
                foreach (var button in new[] { "Log progress", "Reflect now", "Snooze until the next school day", "Skip this week", "Pause nudges" })
                {
                    CardAssert.Contains(card, button);
                }
            })
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task LogProgress_ShowsASmallForm_ThenTheUpdatedNudgeInPlace()
    {
        var goal = _world.Seed(ChatUser.Alice, "Parent workshops", target: 6, unit: "parent workshops");

        await Nudged(ChatUser.Alice)
            .ExpectCard(NudgeCard.Kind, card => Assert.DoesNotContain(NudgeCard.AdvancedText, card.CardText(), StringComparison.Ordinal))
            .Execute(NudgeProgressPayload.VerbName).ExpectInvokeCard(NudgeProgressFormCard.Kind).ExpectCardUpdated(NudgeProgressFormCard.Kind)
            .Execute(NudgeProgressSavePayload.VerbName, new { goal = goal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), amount = "2" })
            .ExpectInvokeCard(NudgeCard.Kind)
            .ExpectCard(NudgeCard.Kind, card =>
            {
                Assert.True(card.IsUpdate);
                CardAssert.Contains(card, "Logged +2 on “Parent workshops”");
                CardAssert.Contains(card, "2 of 6 parent workshops (33%)");
                CardAssert.Contains(card, NudgeCard.AdvancedText);
            })
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task LogProgress_WithABadAmount_SaysWhatToType()
    {
        var goal = _world.Seed(ChatUser.Alice, "Parent workshops");

        await Nudged(ChatUser.Alice)
            .ExpectCard(NudgeCard.Kind)
            .Execute(NudgeProgressPayload.VerbName).ExpectInvokeCard(NudgeProgressFormCard.Kind).ExpectCardUpdated(NudgeProgressFormCard.Kind)
            .Execute(NudgeProgressSavePayload.VerbName, new { goal = goal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), amount = "lots" })
            .ExpectInvokeMessage("Type how many to add")
            .Execute(NudgeBackPayload.VerbName).ExpectInvokeCard(NudgeCard.Kind).ExpectCardUpdated(NudgeCard.Kind)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Snooze_UpdatesTheCard_AndTheNudgeComesAgainTheNextSchoolDay()
    {
        _world.Seed(ChatUser.Alice, "Parent workshops");

        await Nudged(ChatUser.Alice)
            .ExpectCard(NudgeCard.Kind)
            .Execute(NudgeSnoozePayload.VerbName).ExpectInvokeCard(NudgeCard.Kind)
            .ExpectCard(NudgeCard.Kind, card => CardAssert.Contains(card, "Snoozed — I'll bring it back Tuesday, December 1, 2026 at 8:00 AM."))
            .Then(_world.RunJobsAt(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero)))
            .ExpectCard(NudgeCard.Kind, card => Assert.False(card.IsUpdate))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task SnoozeThenSkip_DropsTheSnoozedNudge_UntilNextWeek()
    {
        _world.Seed(ChatUser.Alice, "Parent workshops");

        await Nudged(ChatUser.Alice)
            .ExpectCard(NudgeCard.Kind)
            .Execute(NudgeSnoozePayload.VerbName).ExpectInvokeCard(NudgeCard.Kind).ExpectCardUpdated(NudgeCard.Kind)
            .Execute(NudgeSkipPayload.VerbName).ExpectInvokeCard(NudgeCard.Kind)
            .ExpectCard(NudgeCard.Kind, card => CardAssert.Contains(card, "Skipped this week"))
            .Then(_world.RunJobsAt(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero)))
            .ExpectNoMoreReplies()
            .Then(_world.RunJobsAt(new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero)))
            .ExpectCard(NudgeCard.Kind, card => CardAssert.Contains(card, "Week 19 of the school year"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task PauseNudges_OnTheCard_StopsThemUntilResumed()
    {
        _world.Seed(ChatUser.Alice, "Parent workshops");

        await Nudged(ChatUser.Alice)
            .ExpectCard(NudgeCard.Kind)
            .Execute(NudgePausePayload.VerbName).ExpectInvokeCard(NudgeCard.Kind)
            .ExpectCard(NudgeCard.Kind, card => CardAssert.Contains(card, "Nudges paused"))
            .Then(_world.RunJobsAt(new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero)))
            .ExpectNoMoreReplies();

        Assert.True((await _world.ScheduleAsync(ChatUser.Alice))!.Paused);
    }

    [Fact]
    public async Task ReflectNow_PostsTheReflectionFormAsANewMessage_AndUpdatesTheNudge()
    {
        _world.Seed(ChatUser.Alice, "Parent workshops");

        await Nudged(ChatUser.Alice)
            .ExpectCard(NudgeCard.Kind)
            .Execute(NudgeReflectPayload.VerbName).ExpectInvokeCard(NudgeCard.Kind)
            .ExpectCard(ReflectionFormCard.Kind, card => Assert.False(card.IsUpdate))
            .ExpectCard(NudgeCard.Kind, card =>
            {
                Assert.True(card.IsUpdate);
                CardAssert.Contains(card, "The reflection form is below.");
            })
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task LastWeeksCard_IsOutOfDate_AndShowsTheCurrentNudge()
    {
        _world.Seed(ChatUser.Alice, "Parent workshops");

        await Nudged(ChatUser.Alice)
            .ExpectCard(NudgeCard.Kind)
            .Then(s =>
            {
                _world.Time.SetUtcNow(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
                return Task.CompletedTask;
            })
            .Execute(NudgeSnoozePayload.VerbName).ExpectInvokeCard(NudgeCard.Kind)
            .ExpectCard(NudgeCard.Kind, card =>
            {
                CardAssert.Contains(card, "This nudge was out of date");
                CardAssert.Contains(card, "Week 19 of the school year");
            })
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task AfterAGoalWasArchived_TheCardIsOutOfDate()
    {
        var goal = _world.Seed(ChatUser.Alice, "Parent workshops");
        _world.Seed(ChatUser.Alice, "Resource library");

        await Nudged(ChatUser.Alice)
            .ExpectCard(NudgeCard.Kind)
            .Send($"archive goal #{goal.Id}").ExpectCard(CoachBot.Cards.Views.Goals.GoalListCard.Kind)
            .Execute(NudgeSkipPayload.VerbName).ExpectInvokeCard(NudgeCard.Kind)
            .ExpectCard(NudgeCard.Kind, card =>
            {
                CardAssert.Contains(card, "This nudge was out of date");
                Assert.DoesNotContain("Parent workshops", card.CardText(), StringComparison.Ordinal);
            });

        Assert.Null((await _world.ScheduleAsync(ChatUser.Alice))!.SkipWeek);
    }

    [Fact]
    public async Task AnotherCoachsNudge_IsNotFound()
    {
        _world.Seed(ChatUser.Alice, "Parent workshops");
        await Nudged(ChatUser.Alice).ExpectCard(NudgeCard.Kind);
        var week = "2026-11-30";
        var goals = string.Join(',', (await _world.Get<IGoalStore>().ListAsync(ChatUser.Alice.AadObjectId, TestContext.Current.CancellationToken)).Select(g => g.Id));

        await _world.Chat(ChatUser.Bob)
            .Deliver(GoalsChat.Forged(new NudgePausePayload(ChatUser.Alice.AadObjectId, week, goals)))
            .ExpectInvokeMessage("I can't find that nudge.")
            .ExpectNoMoreReplies();

        Assert.False((await _world.ScheduleAsync(ChatUser.Alice))!.Paused);
    }

    [Fact]
    public async Task TheFirstNudgeOfANewSchoolYear_IsFollowedByLastYearsUnfinishedGoals_Once()
    {
        using var world = new NudgesWorld(new DateTimeOffset(2027, 8, 1, 12, 0, 0, TimeSpan.Zero));
        GoalsChat.Seed(world.Driver, ChatUser.Alice, "Parent workshops", today: new DateOnly(2027, 5, 3));

        await world.Chat(ChatUser.Alice)
            .Send("nudge time Monday 8:00").ExpectTextContaining("Nudges come on Mondays at 08:00")
            .ExpectCard(CoachBot.Cards.Views.Goals.GoalOfferCard.Kind) // the goals feature's "set your goals", in the year's first weeks
            .Then(world.RunJobsAt(new DateTimeOffset(2027, 8, 2, 6, 0, 0, TimeSpan.Zero)))
            .ExpectCard(NudgeCard.Kind, card =>
            {
                CardAssert.Contains(card, "Week 1 of the school year");
                CardAssert.Contains(card, "A new school year");
            })
            .ExpectCard(CoachBot.Cards.Views.Goals.GoalCarryOverCard.Kind, card =>
            {
                CardAssert.Contains(card, "Unfinished goals from 2026–27");
                CardAssert.Contains(card, "Parent workshops");
                CardAssert.Contains(card, "Carry over");
            })
            .Then(world.RunJobsAt(new DateTimeOffset(2027, 8, 9, 6, 0, 0, TimeSpan.Zero)))
            .ExpectCard(NudgeCard.Kind)
            .ExpectNoMoreReplies();
    }

    public void Dispose() => _world.Dispose();
}
