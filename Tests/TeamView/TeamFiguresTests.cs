using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Dialogs.Features.TeamView;
using CoachBot.Dialogs.School;

namespace CoachBot.Tests.TeamView;

/// <summary>
/// The team view's figures on a fixed data set: two schools, requests in September and November, one asked in the
/// Thanksgiving break and one claimed across it, last school year's left out; reflections of seven coaches.
/// </summary>
public sealed class TeamFiguresTests
{
    internal const string Lincoln = "Lincoln";
    internal const string Roosevelt = "Roosevelt";

    internal static readonly SchoolCalendar Calendar = new(new SchoolOptions
    {
        Breaks = [new SchoolBreakOptions { Name = "Thanksgiving", Start = "2026-11-23", End = "2026-11-27" }],
    });

    /// <summary>Thursday 3 December 2026.</summary>
    internal static readonly DateOnly Today = new(2026, 12, 3);

    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void TheLastFourSchoolWeeks_SkipTheBreakWeek()
    {
        // This week (30 Nov), the break week skipped, then 16, 9 and 2 November.
        Assert.Equal(new DateOnly(2026, 11, 2), TeamFigures.RecentWeeksStart(Calendar, Today, new DateOnly(2026, 8, 1)));
    }

    [Fact]
    public void TheLastFourSchoolWeeks_NeverReachBeforeTheSchoolYear()
    {
        Assert.Equal(new DateOnly(2026, 8, 1), TeamFigures.RecentWeeksStart(Calendar, new DateOnly(2026, 8, 12), new DateOnly(2026, 8, 1)));
    }

    [Fact]
    public void Requests_AreCountedPerSchoolAndForAllSchools_ForTheYearAndTheLastFourWeeks()
    {
        var figures = Compute();

        Assert.Equal([Lincoln, Roosevelt], figures.Schools);
        Assert.Equal([TopicIds.DataCoach, TopicIds.Mentor], figures.RequestedRoles);
        // The counts before suppression…
        Assert.Equal(13, Count(figures, TeamPeriod.Year, TeamFigures.All, TopicIds.Mentor, RequestMeasure.Made));
        Assert.Equal(7, Count(figures, TeamPeriod.Recent, TeamFigures.All, TopicIds.Mentor, RequestMeasure.Made));
        Assert.Equal(6, Count(figures, TeamPeriod.Year, Roosevelt, TopicIds.Mentor, RequestMeasure.Made));
        Assert.Equal(0, Count(figures, TeamPeriod.Recent, Roosevelt, TopicIds.Mentor, RequestMeasure.Made));
        Assert.Equal(11, Count(figures, TeamPeriod.Year, TeamFigures.All, TopicIds.Mentor, RequestMeasure.Claimed));
        Assert.Equal(10, Count(figures, TeamPeriod.Year, TeamFigures.All, TopicIds.Mentor, RequestMeasure.Done));
        Assert.Equal(2, Count(figures, TeamPeriod.Year, TeamFigures.All, TopicIds.Mentor, RequestMeasure.Open));
        Assert.Equal(15, Count(figures, TeamPeriod.Year, TeamFigures.All, TeamFigures.All, RequestMeasure.Made));
        Assert.Equal(2, Count(figures, TeamPeriod.Year, TeamFigures.All, TeamFigures.All, RequestMeasure.NoCoveringCoach));
        Assert.Equal(9, Count(figures, TeamPeriod.Recent, Lincoln, TeamFigures.All, RequestMeasure.Made));

        // …and as shown: from enough teachers, a number; from 2 (the requests still open), "fewer than 5". (Lincoln's 4
        // done mentor requests are fewer than 5, so all schools' 10 or Roosevelt's 6 is held back.)
        Assert.Equal("15", figures.Requests(TeamPeriod.Year, TeamFigures.All, TeamFigures.All, RequestMeasure.Made).Text);
        Assert.Equal("fewer than 5", figures.Requests(TeamPeriod.Year, TeamFigures.All, TopicIds.Mentor, RequestMeasure.Open).Text);
    }

    private static double Count(TeamFigures figures, TeamPeriod period, string school, string role, RequestMeasure measure) =>
        figures.Cells.Single(cell => cell.Key == TeamFigures.RequestKey(period, school, role, measure)).Value;

    [Fact]
    public void TheMedianTimeToClaim_IsInSchoolDays_WithOneDecimal_AndABreakDoesNotCount()
    {
        var figures = Compute();

        // Lincoln's five claims: 1, 1, 2 and 3 school days, and one asked on the Friday before the break and claimed on
        // the Monday after it at 22:00 — 1.5 school days, not 10 calendar days.
        Assert.Equal("1.5", figures.MedianDaysToClaim(TeamPeriod.Year, Lincoln, TopicIds.Mentor)!.Text);
        Assert.Equal("1.0", figures.MedianDaysToClaim(TeamPeriod.Year, Roosevelt, TopicIds.Mentor)!.Text);
        Assert.Equal(1.5, TeamFigures.DaysToClaim(new SchoolDayClock(Calendar), At(2026, 11, 20, 10), At(2026, 11, 30, 22)), 3);
    }

    [Fact]
    public void TheShareRatedHelpful_IsShown_OnlyFromEnoughTeachers()
    {
        var figures = Compute();

        Assert.Equal("100%", figures.HelpfulShare(TeamPeriod.Year, Roosevelt, TopicIds.Mentor)!.Text);
        Assert.Equal("fewer than 5", figures.HelpfulShare(TeamPeriod.Year, Lincoln, TopicIds.Mentor)!.Text);
        Assert.Equal("90%", figures.HelpfulShare(TeamPeriod.Year, TeamFigures.All, TopicIds.Mentor)!.Text);
        Assert.Null(figures.HelpfulShare(TeamPeriod.Year, Lincoln, TopicIds.DataCoach));
    }

    [Fact]
    public void ACutBelowTheMinimumGroupSize_IsSuppressed_AndSoIsTheCutThatWouldRevealIt()
    {
        var figures = Compute();

        // Two teachers asked Lincoln for a data coach (in the break week): fewer than 5, everywhere it appears.
        Assert.Equal("fewer than 5", figures.Requests(TeamPeriod.Year, Lincoln, TopicIds.DataCoach, RequestMeasure.Made).Text);
        Assert.Equal("fewer than 5", figures.Requests(TeamPeriod.Year, TeamFigures.All, TopicIds.DataCoach, RequestMeasure.NoCoveringCoach).Text);
        // Lincoln's 9 requests = 7 mentor + 2 data coach: showing both 9 and 7 would give away the 2.
        var lincolnAll = figures.Requests(TeamPeriod.Year, Lincoln, TeamFigures.All, RequestMeasure.Made);
        var lincolnMentor = figures.Requests(TeamPeriod.Year, Lincoln, TopicIds.Mentor, RequestMeasure.Made);
        Assert.False(lincolnAll.IsShown && lincolnMentor.IsShown, $"all kinds {lincolnAll}, mentor {lincolnMentor}");
        Assert.Contains("held back", new[] { lincolnAll.Text, lincolnMentor.Text });
        Assert.True(figures.HeldBackCount > 0);
    }

    [Fact]
    public void BruteForce_NoSmallGroupsFigure_FollowsFromTheShownFigures()
    {
        var figures = Compute();

        // All the additions of the data set are too many to try every combination, so every figure not shown is checked
        // by elimination, and every addition that touches a small figure is brute-forced together with its neighbours.
        var notShown = figures.Cells.Where(cell => cell.Hidden || !figures.Suppression.IsShown(cell.Key)).Select(cell => cell.Key).ToHashSet();
        var sensitive = figures.Cells.Where(cell => cell.People is > 0 and < 5).Select(cell => cell.Key).ToHashSet();
        Assert.NotEmpty(sensitive);
        Assert.DoesNotContain(SmallGroupSuppression.Derivable(figures.Relations, notShown), sensitive.Contains);
        foreach (var key in sensitive)
        {
            var near = figures.Relations.Where(relation => relation.Parts.Append(relation.Total).Contains(key)).ToList();
            var neighbours = near.SelectMany(relation => relation.Parts.Append(relation.Total)).Where(notShown.Contains).ToHashSet();
            var local = figures.Relations.Where(relation => relation.Parts.Append(relation.Total).Any(neighbours.Contains)).Take(9).ToList();
            SmallGroupSuppressionTests.AssertNothingDerivable([.. figures.Cells], local, figures.Suppression);
        }
    }

    [Fact]
    public void RoleBalance_SplitsMinutesEvenly_AndSuppressesARoleFromTooFewCoaches()
    {
        var figures = Compute();

        Assert.Equal([TopicIds.DataCoach, TopicIds.Mentor], figures.TimeRoles);
        // Six coaches × 60 min on mentoring, and one 60-minute reflection split between mentor and data coach.
        Assert.Equal("390", figures.Minutes(TeamPeriod.Year, TopicIds.Mentor).Text);
        Assert.Equal("fewer than 5", figures.Minutes(TeamPeriod.Year, TopicIds.DataCoach).Text);
        Assert.Equal("150", figures.Minutes(TeamPeriod.Year, TeamFigures.DivertedTime).Text);
        Assert.Equal("fewer than 5", figures.Minutes(TeamPeriod.Recent, TeamFigures.DivertedTime).Text);
    }

    [Fact]
    public void CoverageGaps_AreKindsAskedForThatNoReachableCoachCovers()
    {
        var figures = Compute();

        var gap = Assert.Single(figures.CoverageGaps);
        Assert.Equal(Lincoln, gap.School);
        Assert.Equal([TopicIds.DataCoach], gap.RoleIds);
    }

    [Fact]
    public void WithALargerMinimum_MoreIsSuppressed()
    {
        var figures = Compute(minimum: 8);

        Assert.Equal("fewer than 8", figures.Requests(TeamPeriod.Year, Roosevelt, TopicIds.Mentor, RequestMeasure.Made).Text);
        Assert.NotEqual("fewer than 8", figures.Requests(TeamPeriod.Year, TeamFigures.All, TopicIds.Mentor, RequestMeasure.Made).Text);
    }

    internal static TeamFigures Compute(int minimum = 5) =>
        TeamFigures.Compute(Requests(), Sum(Reflections(), Today), Coverage(), [Lincoln, Roosevelt], TopicIds.AllRoles, Calendar, Today, new SmallGroupSuppression(minimum));

    /// <summary>What <c>SqliteTeamViewStore.ListReflectionMinutesAsync</c> sums, for entries in memory: this school year up to today.</summary>
    internal static List<TeamReflectionMinutes> Sum(IEnumerable<ReflectionEntry> entries, DateOnly today)
    {
        var year = Calendar.GetSchoolYear(today);
        var end = today > year.End ? year.End : today;
        var recent = TeamFigures.RecentWeeksStart(Calendar, end, year.Start);
        return [.. entries
            .Where(entry => entry.Minutes > 0 && entry.LocalDate >= year.Start && entry.LocalDate <= end)
            .GroupBy(entry => (entry.CoachId, entry.IsDiverted, Roles: string.Join(',', entry.RoleIds), Recent: entry.LocalDate >= recent))
            .Select(group => new TeamReflectionMinutes(
                group.Key.CoachId, group.Key.IsDiverted, group.First().RoleIds, group.Key.Recent ? TeamPeriod.Recent : TeamPeriod.Earlier, group.Sum(entry => (long)entry.Minutes!.Value)))];
    }

    internal static DateTimeOffset At(int year, int month, int day, int hour) =>
        new(new DateTime(year, month, day, hour, 0, 0), NewYork.GetUtcOffset(new DateTime(year, month, day, hour, 0, 0)));

    internal static List<TeamRequestFact> Requests()
    {
        var asked = At(2026, 11, 10, 10);
        TeamRequestFact Lincoln(int teacher, TeamRequestStatus status, DateTimeOffset? claimed, bool? helpful, DateTimeOffset? at = null) =>
            new(TeamFiguresTests.Lincoln, TopicIds.Mentor, $"teacher-{teacher}", status, at ?? asked, claimed, helpful, false);
        return
        [
            Lincoln(1, TeamRequestStatus.Done, At(2026, 11, 11, 10), true),
            Lincoln(2, TeamRequestStatus.Done, At(2026, 11, 12, 10), true),
            Lincoln(3, TeamRequestStatus.Done, At(2026, 11, 11, 10), true),
            Lincoln(4, TeamRequestStatus.Done, At(2026, 11, 13, 10), false),
            Lincoln(5, TeamRequestStatus.Claimed, At(2026, 11, 30, 22), null, At(2026, 11, 20, 10)),
            Lincoln(6, TeamRequestStatus.Open, null, null),
            Lincoln(7, TeamRequestStatus.Open, null, null),
            new(TeamFiguresTests.Lincoln, TopicIds.DataCoach, "teacher-8", TeamRequestStatus.Open, At(2026, 11, 24, 10), null, null, true),
            new(TeamFiguresTests.Lincoln, TopicIds.DataCoach, "teacher-9", TeamRequestStatus.Open, At(2026, 11, 25, 10), null, null, true),
            .. Enumerable.Range(10, 6).Select(teacher => new TeamRequestFact(
                Roosevelt, TopicIds.Mentor, $"teacher-{teacher}", TeamRequestStatus.Done, At(2026, 9, 15, 10), At(2026, 9, 16, 10), true, false)),
            // Last school year: not counted.
            new(Roosevelt, TopicIds.Mentor, "teacher-1", TeamRequestStatus.Done, At(2026, 6, 1, 10), At(2026, 6, 2, 10), true, false),
        ];
    }

    internal static List<ReflectionEntry> Reflections() =>
    [
        .. Enumerable.Range(1, 6).Select(coach => new ReflectionEntry($"coach-{coach}", false, [TopicIds.Mentor], 60, new DateOnly(2026, 9, 10 + coach))),
        new("coach-1", false, [TopicIds.Mentor, TopicIds.DataCoach], 60, new DateOnly(2026, 11, 17)),
        .. Enumerable.Range(1, 5).Select(coach => new ReflectionEntry($"coach-{coach}", true, [], 30, new DateOnly(2026, coach < 4 ? 9 : 11, 10))),
        new("coach-7", false, [], 45, new DateOnly(2026, 11, 18)),
        new("coach-7", false, [TopicIds.Mentor], null, new DateOnly(2026, 11, 18)),
    ];

    internal static List<TeamCoverage> Coverage() =>
    [
        new("coach-1", [TopicIds.Mentor], [Lincoln, Roosevelt]),
        new("coach-2", [TopicIds.DataCoach], [Roosevelt]),
    ];
}

/// <summary>A reflection (or diverted time) as a test writes it: the store sums these per coach, kind, roles and period.</summary>
internal sealed record ReflectionEntry(string CoachId, bool IsDiverted, IReadOnlyList<string> RoleIds, int? Minutes, DateOnly LocalDate);
