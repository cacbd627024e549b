using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.School;

namespace CoachBot.Tests.Goals;

/// <summary>
/// Progress and pace at their edges, on the school calendar: a target of 0, overshooting, a year not started or over, a
/// due date passed, breaks that neither add nor take, and the coach's own date in their time zone (DST included).
/// </summary>
public sealed class GoalPaceTests
{
    // 2026–27: 1 Aug – 31 Jul, Monday to Friday, winter break 21 Dec – 1 Jan.
    private static readonly SchoolCalendar Calendar = new(new SchoolOptions
    {
        Breaks = [new SchoolBreakOptions { Name = "Winter break", Start = "2026-12-21", End = "2027-01-01" }],
    });

    private static readonly SchoolYear Year = Calendar.GetSchoolYear(new DateOnly(2026, 9, 1));

    private static Goal Goal(int? target = 10, int progress = 0, DateOnly? due = null, DateOnly? start = null, GoalStatus status = GoalStatus.Active,
        IReadOnlyList<Milestone>? milestones = null, SchoolYear? year = null) => new()
    {
        Id = 1,
        Coach = "coach",
        Year = year ?? Year,
        Title = "Workshops",
        Serves = "task.workshops",
        Target = target,
        Progress = progress,
        Milestones = milestones ?? [],
        Due = due,
        Status = status,
        StartDate = start ?? (year ?? Year).Start,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void ATargetOfZero_HasNoPace_AndAnEmptyBar()
    {
        var standing = GoalPace.Evaluate(Goal(target: 0, progress: 3), new DateOnly(2026, 11, 30), Calendar);

        Assert.Equal((PaceKind.NoTarget, 0, 0.0, 0), (standing.Pace, standing.Percent, standing.BarFraction, standing.ExpectedByNow));
    }

    [Fact]
    public void Overshooting_ShowsThePercentPastHundred_AFullBar_AndTargetReached()
    {
        var standing = GoalPace.Evaluate(Goal(target: 6, progress: 8), new DateOnly(2026, 11, 30), Calendar);

        Assert.Equal((PaceKind.Reached, 133, 1.0), (standing.Pace, standing.Percent, standing.BarFraction));
    }

    [Fact]
    public void BeforeTheYearStarts_ItIsNotStarted_WithNothingExpected()
    {
        var next = Calendar.GetSchoolYear(new DateOnly(2027, 8, 1));

        var standing = GoalPace.Evaluate(Goal(year: next), new DateOnly(2027, 7, 31), Calendar);

        Assert.Equal((PaceKind.NotStarted, 0, 0), (standing.Pace, standing.ExpectedByNow, standing.SchoolDaysElapsed));
    }

    [Fact]
    public void AfterTheYearEnds_AnUnreachedGoalIsYearOver()
    {
        var standing = GoalPace.Evaluate(Goal(progress: 4), new DateOnly(2027, 8, 2), Calendar);

        Assert.Equal(PaceKind.YearOver, standing.Pace);
        Assert.Equal(standing.SchoolDaysTotal, standing.SchoolDaysElapsed);
    }

    [Fact]
    public void ADueDatePassed_IsOverdue_ButOnItsDayItIsStillPaced()
    {
        var due = new DateOnly(2026, 10, 30);

        Assert.Equal(PaceKind.Behind, GoalPace.Evaluate(Goal(progress: 0, due: due), due, Calendar).Pace);
        Assert.Equal(PaceKind.Overdue, GoalPace.Evaluate(Goal(progress: 9, due: due), due.AddDays(1), Calendar).Pace);
        Assert.Equal(PaceKind.Reached, GoalPace.Evaluate(Goal(progress: 10, due: due), due.AddDays(1), Calendar).Pace);
    }

    [Fact]
    public void Pace_CountsOnlySchoolDaysThatAreOver()
    {
        // A goal set on Monday 2 November, due Friday 13 November: ten school days, target 10.
        var goal = Goal(target: 10, start: new DateOnly(2026, 11, 2), due: new DateOnly(2026, 11, 13));

        var monday = GoalPace.Evaluate(goal, new DateOnly(2026, 11, 2), Calendar);
        var saturday = GoalPace.Evaluate(goal, new DateOnly(2026, 11, 7), Calendar);
        var sunday = GoalPace.Evaluate(goal, new DateOnly(2026, 11, 8), Calendar);
        var nextMonday = GoalPace.Evaluate(goal with { Progress = 5 }, new DateOnly(2026, 11, 9), Calendar);
        var nextTuesday = GoalPace.Evaluate(goal with { Progress = 5 }, new DateOnly(2026, 11, 10), Calendar);

        Assert.Equal((10, 0, 0, PaceKind.OnTrack), (monday.SchoolDaysTotal, monday.SchoolDaysElapsed, monday.ExpectedByNow, monday.Pace));
        Assert.Equal((5, 5, PaceKind.Behind), (saturday.SchoolDaysElapsed, saturday.ExpectedByNow, saturday.Pace));
        Assert.Equal(saturday.ExpectedByNow, sunday.ExpectedByNow);
        Assert.Equal(PaceKind.OnTrack, nextMonday.Pace);
        Assert.Equal((6, PaceKind.Behind), (nextTuesday.ExpectedByNow, nextTuesday.Pace));
    }

    [Fact]
    public void ABreak_NeitherAddsToWhatIsExpectedNorTakesFromIt()
    {
        var goal = Goal(target: 180, progress: 0);

        var lastDayBeforeBreakOver = GoalPace.Evaluate(goal, new DateOnly(2026, 12, 19), Calendar);
        var inTheBreak = GoalPace.Evaluate(goal, new DateOnly(2026, 12, 30), Calendar);
        var firstDayBack = GoalPace.Evaluate(goal, new DateOnly(2027, 1, 4), Calendar);
        var secondDayBack = GoalPace.Evaluate(goal, new DateOnly(2027, 1, 5), Calendar);

        Assert.Equal(lastDayBeforeBreakOver.SchoolDaysElapsed, inTheBreak.SchoolDaysElapsed);
        Assert.Equal(lastDayBeforeBreakOver.SchoolDaysElapsed, firstDayBack.SchoolDaysElapsed);
        Assert.Equal(lastDayBeforeBreakOver.ExpectedByNow, firstDayBack.ExpectedByNow);
        Assert.Equal(firstDayBack.SchoolDaysElapsed + 1, secondDayBack.SchoolDaysElapsed);
        Assert.Equal(
            GoalPace.CountSchoolDays(Calendar, Year.Start, Year.End),
            GoalPace.CountSchoolDays(Calendar, Year.Start, new DateOnly(2026, 12, 20)) + GoalPace.CountSchoolDays(Calendar, new DateOnly(2027, 1, 2), Year.End));
    }

    [Fact]
    public void Milestones_ArePacedLikeATargetOfTheirCount()
    {
        var milestones = new[] { new Milestone("a", new DateOnly(2026, 9, 1)), new Milestone("b", null), new Milestone("c", null), new Milestone("d", null) };

        var standing = GoalPace.Evaluate(Goal(target: null, milestones: milestones), new DateOnly(2027, 7, 1), Calendar);

        Assert.Equal((1, 4, 25, PaceKind.Behind), (standing.Reached, standing.Goalpost, standing.Percent, standing.Pace));
    }

    [Fact]
    public void ADoneGoal_IsDone_WhateverItsNumbers()
    {
        var standing = GoalPace.Evaluate(Goal(target: 10, progress: 2, status: GoalStatus.Done), new DateOnly(2027, 8, 2), Calendar);

        Assert.Equal(PaceKind.Done, standing.Pace);
    }

    public static TheoryData<string, string, int> Zones() => new()
    {
        // Sunday 8 Nov 2026, 22:30 UTC: already Monday in Kolkata, still Sunday in Oslo and Los Angeles.
        { "2026-11-08T22:30:00Z", "Asia/Kolkata", 9 },
        { "2026-11-08T22:30:00Z", "Europe/Oslo", 8 },
        { "2026-11-08T22:30:00Z", "America/Los_Angeles", 8 },
        // Los Angeles leaves daylight saving on Sunday 1 Nov 2026 (UTC-7 → UTC-8): 07:30 UTC on Monday the 2nd is still
        // Sunday evening there, 08:30 UTC is Monday.
        { "2026-11-02T07:30:00Z", "America/Los_Angeles", 1 },
        { "2026-11-02T08:30:00Z", "America/Los_Angeles", 2 },
        // Oslo leaves daylight saving on Sunday 25 Oct 2026: 22:30 UTC on Sunday is 23:30 there, still Sunday.
        { "2026-10-25T22:30:00Z", "Europe/Oslo", 25 },
        { "2026-10-25T23:30:00Z", "Europe/Oslo", 26 },
    };

    [Theory]
    [MemberData(nameof(Zones))]
    public void TheCoachsOwnDate_DecidesWhichSchoolDaysAreOver(string instant, string zone, int expectedDay)
    {
        var clock = new GoalClock(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone),
            System.Globalization.CultureInfo.GetCultureInfo("en-US"));
        var goal = Goal(target: 10, start: new DateOnly(2026, 10, 1));

        var standing = GoalPace.Evaluate(goal, clock.Today, Calendar);

        Assert.Equal(expectedDay, clock.Today.Day);
        Assert.Equal(GoalPace.CountSchoolDays(Calendar, new DateOnly(2026, 10, 1), clock.Today.AddDays(-1)), standing.SchoolDaysElapsed);
    }

    [Fact]
    public void ThePlanningYear_IsTheYearUnderWay_OrInASummerGapTheComingOne()
    {
        var withGap = new SchoolCalendar(new SchoolOptions { YearStart = "08-20", YearEnd = "06-15" });

        Assert.Equal(new DateOnly(2026, 8, 20), GoalYears.PlanningYear(withGap, new DateOnly(2027, 6, 15)).Start);
        Assert.Equal(new DateOnly(2027, 8, 20), GoalYears.PlanningYear(withGap, new DateOnly(2027, 6, 16)).Start);
        Assert.Equal(new DateOnly(2027, 8, 20), GoalYears.PlanningYear(withGap, new DateOnly(2027, 8, 20)).Start);
        Assert.Equal(new DateOnly(2026, 8, 1), GoalYears.PlanningYear(Calendar, new DateOnly(2027, 7, 31)).Start);
        Assert.Equal(new DateOnly(2027, 8, 1), GoalYears.PlanningYear(Calendar, new DateOnly(2027, 8, 1)).Start);
    }
}
