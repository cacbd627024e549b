using CoachBot.Cards.Views.Reflections;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.Features.Reflections;
using CoachBot.Tests.Goals;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Reflections;

/// <summary>
/// <c>reflection digest</c> notes each active goal whose role has had no reflection for six school weeks: weeks come from
/// the school calendar (Monday weeks; the autumn break, 12–16 October 2026, is no school week and does not count), and a
/// goal set less than six school weeks ago is given time first.
/// </summary>
public sealed class ReflectionDigestGoalTests
{
    private static readonly DateOnly Wednesday = new(2026, 11, 4);
    private static readonly string[] RoleOrder = [.. TopicIds.AllRoles];

    [Fact]
    public void SixSchoolWeeks_BeforeThisWeek_SkipTheBreak()
    {
        // This week starts Monday 2 November: 26 Oct, 19 Oct, (break), 5 Oct, 28 Sep, 21 Sep, 14 Sep.
        Assert.Equal(new DateOnly(2026, 9, 14), ReflectionDigest.QuietSince(ReflectionDigestTests.Calendar(breaks: true), Wednesday));
        Assert.Equal(new DateOnly(2026, 9, 21), ReflectionDigest.QuietSince(ReflectionDigestTests.Calendar(breaks: false), Wednesday));
    }

    [Theory]
    [InlineData(true, 2026, 9, 14, false)]    // in the sixth school week back (the break week skipped): not quiet
    [InlineData(true, 2026, 9, 11, true)]     // the Friday before it: quiet for six school weeks
    [InlineData(false, 2026, 9, 14, true)]    // without the break the same day is seven weeks back: quiet
    [InlineData(false, 2026, 9, 21, false)]
    [InlineData(true, 2026, 11, 4, false)]    // this week so far counts
    public void AGoalsRole_WithItsLastReflectionOnADate_IsNotedAcrossTheBreak(bool breaks, int year, int month, int day, bool noted)
    {
        var date = new DateOnly(year, month, day);
        var mentoring = Goal(1, TopicIds.Mentor, new DateOnly(2026, 8, 1));

        var notes = ReflectionDigest.QuietGoals([mentoring], [ReflectionDigestTests.Figure(date, 30, TopicIds.Mentor)], ReflectionDigestTests.Calendar(breaks), Wednesday, RoleOrder);

        Assert.Equal(noted, notes.Count == 1);
    }

    [Fact]
    public void OtherRoles_DivertedTime_AndGoalsNoLongerActive_DoNotCount()
    {
        var calendar = ReflectionDigestTests.Calendar(breaks: true);
        ReflectionFigure[] figures =
        [
            ReflectionDigestTests.Figure(new DateOnly(2026, 11, 2), 30, TopicIds.DataCoach),
            new(ReflectionKind.Diverted, [], 30, new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 2)),
        ];
        GoalChoice[] goals =
        [
            Goal(3, TopicIds.Mentor, new DateOnly(2026, 8, 1)),
            Goal(1, TopicIds.Mentor, new DateOnly(2026, 8, 1)),
            Goal(2, TopicIds.LearningFacilitator, new DateOnly(2026, 8, 1)),
            Goal(4, TopicIds.DataCoach, new DateOnly(2026, 8, 1)),
            Goal(5, TopicIds.Learner, new DateOnly(2026, 8, 1)) with { IsActive = false },
        ];

        var notes = ReflectionDigest.QuietGoals(goals, figures, calendar, Wednesday, RoleOrder);

        // In the article's order of roles (Mentor before Learning Facilitator), each role's goals by number.
        Assert.Equal([TopicIds.Mentor, TopicIds.LearningFacilitator], notes.Select(note => note.RoleId));
        Assert.Equal([1L, 3L], notes[0].Goals.Select(goal => goal.Id));
        Assert.Equal(new DateOnly(2026, 9, 14), notes[0].Since);
    }

    [Theory]
    [InlineData(2026, 9, 14, true)]     // set on the first day of the sixth school week back
    [InlineData(2026, 9, 15, false)]    // a day later: not six whole school weeks yet
    [InlineData(2026, 10, 28, false)]
    public void AGoalSetRecently_IsGivenSixSchoolWeeksFirst(int year, int month, int day, bool noted)
    {
        var goal = Goal(1, TopicIds.Mentor, new DateOnly(year, month, day));

        Assert.Equal(noted, ReflectionDigest.QuietGoals([goal], [], ReflectionDigestTests.Calendar(breaks: true), Wednesday, RoleOrder).Count == 1);
    }

    [Fact]
    public void EarlyInTheSchoolYear_NoGoalIsNoted()
    {
        // Wednesday 9 September: the six school weeks back reach into the last school year, before any goal of this one.
        var goal = Goal(1, TopicIds.Mentor, new DateOnly(2026, 8, 1));

        Assert.Empty(ReflectionDigest.QuietGoals([goal], [], ReflectionDigestTests.Calendar(breaks: true), new DateOnly(2026, 9, 9), RoleOrder));
    }

    [Fact]
    public async Task TheDigestCard_NamesTheGoalInPlainWords_AndNeverAnotherCoachsGoal()
    {
        using var chat = new GoalsChat(new DateTimeOffset(2026, 11, 4, 12, 0, 0, TimeSpan.Zero), ReflectionDigestTests.AutumnBreak);
        var mentoring = chat.Seed(ChatUser.Alice, "Coach the two *new* science teachers", target: 10, unit: "sessions", serves: TopicIds.Mentor,
            today: new DateOnly(2026, 9, 1));
        var workshops = chat.Seed(ChatUser.Alice, "Run parent workshops", serves: "task.workshops", today: new DateOnly(2026, 9, 1));
        chat.Seed(ChatUser.Bob, "Bob's data goal", serves: TopicIds.DataCoach, today: new DateOnly(2026, 9, 1));
        var journal = chat.Driver.Services.GetRequiredService<ReflectionJournal>();
        var at = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
        await journal.AddAsync(
            ChatUser.Alice.AadObjectId, ReflectionsHost.Coaching("parent night", 60, TopicIds.LearningFacilitator),
            ReflectionsHost.Input(ChatUser.Alice, at, "Europe/Oslo"), TestContext.Current.CancellationToken);

        await chat.Chat(ChatUser.Alice)
            .Send("reflection digest")
            .ExpectCard(ReflectionDigestCard.Kind, card =>
            {
                CardAssert.Contains(card, "Mentor |  has had no reflection for 6 school weeks (breaks not counted), yet your goal  | ");
                CardAssert.Contains(card, $"#{mentoring.Id} \u201cCoach the two *new* science teachers\u201d |  counts for that role.");
                Assert.DoesNotContain($"#{workshops.Id} ", card.CardText(), StringComparison.Ordinal);
                Assert.DoesNotContain("Bob's data goal", card.CardText(), StringComparison.Ordinal);
                Assert.DoesNotContain("Data Coach | has had no reflection", card.CardText(), StringComparison.Ordinal);
            })
            .ExpectNoMoreReplies();
    }

    private static GoalChoice Goal(long id, string role, DateOnly since) => new(id, "Goal " + id, role, null, since);
}
