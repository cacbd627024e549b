using CoachBot.Cards.Views.Goals;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Goals;

/// <summary>
/// The school year's turns, on a fake clock: last year's unfinished goals carried over or archived when the coach first
/// opens goals in the new year, and "set your goals" offered once in the first school weeks.
/// </summary>
public sealed class GoalYearTests
{
    private static readonly DateTimeOffset LateJuly = new(2027, 7, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NewYearMonday = new(2027, 8, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AtTheYearBoundary_UnfinishedGoalsAreListedOnce_WithCarryOverAndArchive()
    {
        using var chat = new GoalsChat(LateJuly);
        var workshops = chat.Seed(ChatUser.Alice, "Parent workshops", target: 6, unit: "parent workshops", progress: 4);
        var library = chat.Seed(ChatUser.Alice, "Resource library", milestones: ["Pick the platform", "Move the guides"]);
        var done = chat.Seed(ChatUser.Alice, "Showcase night");
        await chat.Store.ChangeAsync(ChatUser.Alice.AadObjectId, done.Id, null, g => new GoalEdit(g with { Status = GoalStatus.Done }), GoalRules.MaxActive, LateJuly, TestContext.Current.CancellationToken);

        await chat.Chat(ChatUser.Alice).Send("goals").ExpectCard(GoalListCard.Kind, card => CardAssert.Contains(card, "Your goals for 2026–27")).ExpectNoMoreReplies();

        chat.Time.SetUtcNow(NewYearMonday);
        await chat.Chat(ChatUser.Alice)
            .Send("goals")
            .ExpectCard(GoalCarryOverCard.Kind, card =>
            {
                CardAssert.Contains(card, "Unfinished goals from 2026–27");
                CardAssert.Contains(card, "Parent workshops");
                CardAssert.Contains(card, "Resource library");
                Assert.DoesNotContain("Showcase night", card.CardText(), StringComparison.Ordinal);
                CardAssert.Contains(card, "Year over — 2026–27 ended Saturday, July 31, 2027");
                CardAssert.Contains(card, "Carry over");
            })
            .ExpectCard(GoalListCard.Kind, card =>
            {
                CardAssert.Contains(card, "Your goals for 2027–28");
                CardAssert.Contains(card, "2 unfinished goals from 2026–27 wait for you");
            })
            .Execute(GoalCarryPayload.VerbName).ExpectInvokeCard(GoalCarryOverCard.Kind)
            .ExpectCard(GoalCarryOverCard.Kind, card =>
            {
                CardAssert.Contains(card, "Carried over into 2027–28: “Parent workshops”");
                Assert.DoesNotContain("Parent workshops  #", card.CardText(), StringComparison.Ordinal);
                CardAssert.Contains(card, "Resource library");
            })
            .Execute(GoalArchivePayload.VerbName).ExpectInvokeCard(GoalCarryOverCard.Kind)
            .ExpectCard(GoalCarryOverCard.Kind, card => CardAssert.Contains(card, "Archived: “Resource library”"))
            .Send("goals")
            .ExpectCard(GoalListCard.Kind, card =>
            {
                CardAssert.Contains(card, "Parent workshops");
                CardAssert.Contains(card, "4 of 6 parent workshops (66%)");
                Assert.DoesNotContain("unfinished", card.CardText(), StringComparison.Ordinal);
            })
            .ExpectNoMoreReplies();

        var goals = await chat.Store.ListAsync(ChatUser.Alice.AadObjectId, TestContext.Current.CancellationToken);
        Assert.Equal(GoalStatus.CarriedOver, goals.Single(g => g.Id == workshops.Id).Status);
        Assert.Equal(GoalStatus.Archived, goals.Single(g => g.Id == library.Id).Status);
        var carried = goals.Single(g => g.CarriedFrom == workshops.Id);
        Assert.Equal((new DateOnly(2027, 8, 1), 4, GoalStatus.Active, new DateOnly(2027, 8, 2)), (carried.Year.Start, carried.Progress, carried.Status, carried.StartDate));
    }

    [Fact]
    public async Task TheCarryOverCard_ComesFirstOnlyOnce_ThenTheListPointsToIt()
    {
        using var chat = new GoalsChat(LateJuly);
        chat.Seed(ChatUser.Alice, "Parent workshops");
        chat.Time.SetUtcNow(NewYearMonday);

        await chat.Chat(ChatUser.Alice)
            .Send("goals").ExpectCard(GoalCarryOverCard.Kind).ExpectCard(GoalListCard.Kind)
            .Send("goals").ExpectCard(GoalListCard.Kind, card => CardAssert.Contains(card, "1 unfinished goal from 2026–27 waits for you"))
            .Execute(GoalShowPayload.VerbName).ExpectInvokeCard(GoalCarryOverCard.Kind).ExpectCardUpdated(GoalCarryOverCard.Kind)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task InASummerGap_LastYearIsOver_AndACarriedGoalWaitsForTheComingYear()
    {
        var settings = new Dictionary<string, string?> { ["School:YearStart"] = "08-20", ["School:YearEnd"] = "06-15" };
        using var chat = new GoalsChat(new DateTimeOffset(2027, 6, 1, 10, 0, 0, TimeSpan.Zero), settings);
        chat.Seed(ChatUser.Alice, "Parent workshops", target: 6, unit: "parent workshops", progress: 2);
        chat.Time.SetUtcNow(new DateTimeOffset(2027, 6, 21, 10, 0, 0, TimeSpan.Zero));

        await chat.Chat(ChatUser.Alice)
            .Send("goals")
            .ExpectCard(GoalCarryOverCard.Kind, card =>
            {
                CardAssert.Contains(card, "Year over — 2026–27 ended Tuesday, June 15, 2027");
                CardAssert.Contains(card, "into 2027–28 (it starts Friday, August 20, 2027)");
            })
            .ExpectCard(GoalListCard.Kind, card => CardAssert.Contains(card, "The school year starts Friday, August 20, 2027"))
            .Execute(GoalCarryPayload.VerbName).ExpectInvokeCard(GoalCarryOverCard.Kind)
            .ExpectCard(GoalCarryOverCard.Kind)
            .Send("goals")
            .ExpectCard(GoalListCard.Kind, card =>
            {
                CardAssert.Contains(card, "2 of 6 parent workshops (33%)");
                CardAssert.Contains(card, "Not started — the school year starts Friday, August 20, 2027");
            });
    }

    [Fact]
    public async Task CarryingOverPastFiveActiveGoals_AsksFirst_QuotingTheArticle()
    {
        using var chat = new GoalsChat(LateJuly);
        var old = chat.Seed(ChatUser.Alice, "Old goal");
        chat.Time.SetUtcNow(NewYearMonday);
        for (var i = 1; i <= 5; i++)
        {
            chat.Seed(ChatUser.Alice, $"New goal {i}");
        }

        await chat.Chat(ChatUser.Alice)
            .Send("goals").ExpectCard(GoalCarryOverCard.Kind).ExpectCard(GoalListCard.Kind)
            .Execute(GoalShowPayload.VerbName).ExpectInvokeCard(GoalCarryOverCard.Kind).ExpectCard(GoalCarryOverCard.Kind)
            .Execute(GoalCarryPayload.VerbName).ExpectInvokeCard(GoalCarryOverCard.Kind)
            .ExpectCard(GoalCarryOverCard.Kind, card =>
            {
                CardAssert.Contains(card, "That makes **6 active goals** for 2027–28");
                CardAssert.Contains(card, "dilutes the impact");
                CardAssert.Contains(card, "Carry over anyway");
            })
            .Execute(GoalCarryPayload.VerbName, new { confirmed = true }).ExpectInvokeCard(GoalCarryOverCard.Kind)
            .ExpectCard(GoalCarryOverCard.Kind, card => CardAssert.Contains(card, "Carried over into 2027–28"));

        Assert.Equal(GoalStatus.CarriedOver, (await chat.Store.FindAsync(ChatUser.Alice.AadObjectId, old.Id, TestContext.Current.CancellationToken))!.Status);
    }

    // Wednesday 12 August 2026: the second school week of 2026–27 (1 Aug – 31 Jul, Monday to Friday).
    private static readonly DateTimeOffset SecondWeek = new(2026, 8, 12, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task InTheFirstSchoolWeeks_ACoachWithNoGoals_IsOfferedSetYourGoalsOnce()
    {
        using var chat = new GoalsChat(SecondWeek);

        await chat.Chat(ChatUser.Alice)
            .Send("what does a mentor do?")
            .ExpectCard(RoleAnswerCard.Kind)
            .ExpectCard(GoalOfferCard.Kind, card =>
            {
                CardAssert.Contains(card, "Set your goals for 2026–27");
                CardAssert.Contains(card, "a very concrete and focused sets of goals for each year");
                foreach (var task in GoalServes.Tasks)
                {
                    CardAssert.Contains(card, task.Title);
                }
            })
            .Send("what does a data coach do?").ExpectCard(RoleAnswerCard.Kind)
            .ExpectNoMoreReplies();

        // The next school year offers it again.
        chat.Time.SetUtcNow(SecondWeek.AddYears(1));
        await chat.Chat(ChatUser.Alice).Send("roles").ExpectCard(RoleAnswerCard.Kind).ExpectCard(GoalOfferCard.Kind, card => CardAssert.Contains(card, "2027–28"));
    }

    [Fact]
    public async Task TheOffersSuggestion_OpensTheFormWithTheTaskChosen()
    {
        using var chat = new GoalsChat(SecondWeek);

        await chat.Chat(ChatUser.Alice)
            .Send("hello").Then(session =>
            {
                while (session.Next("the offer").CardKind != GoalOfferCard.Kind)
                {
                }

                return Task.CompletedTask;
            })
            .Execute(GoalAddPayload.VerbName, new { serves = "task.showcase" }).ExpectInvokeMessage("Fill in the form below")
            .ExpectCard(GoalFormCard.Kind, card => CardAssert.Contains(card, "Organize showcases of best practice in technology integration"));
    }

    [Fact]
    public async Task TheOffer_IsNotMade_ToATeacher_InAGroupChat_ToACoachWithAGoal_OrAfterTheFirstWeeks()
    {
        using var chat = new GoalsChat(SecondWeek);
        chat.Seed(ChatUser.Bob, "Bob's goal");

        await chat.Chat(ChatUser.Carol).Send("roles").ExpectCard(RoleAnswerCard.Kind).ExpectNoMoreReplies();
        await chat.Chat(ChatUser.Bob).Send("roles").ExpectCard(RoleAnswerCard.Kind).ExpectNoMoreReplies();
        await chat.Chat(ChatUser.Alice, ChatPlace.GroupChat()).Send("roles").ExpectCard(RoleAnswerCard.Kind).ExpectNoMoreReplies();

        // Monday 24 August is in the fourth school week: too late for the offer (Goals:OfferWeeks = 3).
        chat.Time.SetUtcNow(new DateTimeOffset(2026, 8, 24, 12, 0, 0, TimeSpan.Zero));
        await chat.Chat(ChatUser.Alice).Send("roles").ExpectCard(RoleAnswerCard.Kind).ExpectNoMoreReplies();
    }

    [Fact]
    public async Task GoalsWithNothingSet_ShowsTheSuggestions_AndThatCountsAsTheOffer()
    {
        using var chat = new GoalsChat(SecondWeek);

        await chat.Chat(ChatUser.Alice)
            .Send("goals").ExpectCard(GoalListCard.Kind, card =>
            {
                CardAssert.Contains(card, "Start from one of the article's six added tasks");
                CardAssert.Contains(card, "Lead classroom technology and school and district tech planning");
            })
            .ExpectNoMoreReplies()
            .Send("roles").ExpectCard(RoleAnswerCard.Kind).ExpectNoMoreReplies();
    }
}
