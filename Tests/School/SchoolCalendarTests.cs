using CoachBot.Dialogs.School;

namespace CoachBot.Tests.School;

public sealed class SchoolCalendarTests
{
    private static readonly SchoolCalendar Defaults = new(new SchoolOptions());

    private static SchoolCalendar WithWinterBreak() => new(new SchoolOptions
    {
        Breaks =
        [
            new SchoolBreakOptions { Name = "Winter break", Start = "2026-12-21", End = "2027-01-01" },
            new SchoolBreakOptions { Name = "", Start = "2026-08-10", End = "2026-08-14" },
        ],
    });

    [Theory]
    [InlineData("2026-09-15", "2026-08-01", "2027-07-31", "2026\u201327")]
    [InlineData("2026-08-01", "2026-08-01", "2027-07-31", "2026\u201327")]
    [InlineData("2026-07-31", "2025-08-01", "2026-07-31", "2025\u201326")]
    [InlineData("2027-01-01", "2026-08-01", "2027-07-31", "2026\u201327")]
    [InlineData("2099-12-31", "2099-08-01", "2100-07-31", "2099\u201300")]
    public void The_default_school_year_runs_from_1_August_to_31_July(string date, string start, string end, string label)
    {
        var year = Defaults.GetSchoolYear(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new SchoolYear(D(start), D(end), label), year);
    }

    [Fact]
    public void A_year_inside_one_calendar_year_has_a_single_year_label_and_a_summer_gap_with_no_school()
    {
        var calendar = new SchoolCalendar(new SchoolOptions { YearStart = "01-27", YearEnd = "12-18", DefaultTimeZone = "Australia/Sydney" });

        var inYear = calendar.GetSchoolYear(D("2026-06-01"));
        var inGap = calendar.GetSchoolYear(D("2027-01-11"));

        Assert.Equal(new SchoolYear(D("2026-01-27"), D("2026-12-18"), "2026"), inYear);
        Assert.Equal(inYear, inGap);
        Assert.False(inGap.Contains(D("2027-01-11")));
        Assert.False(calendar.IsSchoolDay(D("2027-01-11")));
        Assert.Equal(D("2027-01-27"), calendar.NextSchoolDay(D("2026-12-19")));
    }

    [Theory]
    [InlineData("2026-09-14", true)] // Monday
    [InlineData("2026-09-18", true)] // Friday
    [InlineData("2026-09-19", false)] // Saturday
    [InlineData("2026-09-20", false)] // Sunday
    [InlineData("2026-12-18", true)] // Friday before the break
    [InlineData("2026-12-21", false)] // first day of the break
    [InlineData("2027-01-01", false)] // last day of the break (inclusive)
    [InlineData("2027-01-04", true)] // back to school
    public void School_days_are_weekdays_outside_breaks(string date, bool expected) =>
        Assert.Equal(expected, WithWinterBreak().IsSchoolDay(D(date)));

    [Fact]
    public void Breaks_are_found_by_date_and_unnamed_ones_get_a_name()
    {
        var calendar = WithWinterBreak();

        Assert.Equal("Winter break", calendar.FindBreak(D("2026-12-25"))?.Name);
        Assert.Equal("Break 2", calendar.FindBreak(D("2026-08-12"))?.Name);
        Assert.Null(calendar.FindBreak(D("2026-12-20")));
    }

    [Fact]
    public void Custom_school_days_and_week_start_replace_the_defaults()
    {
        var calendar = new SchoolCalendar(new SchoolOptions
        {
            SchoolDays = [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday],
            WeekStart = DayOfWeek.Sunday,
        });

        Assert.True(calendar.IsSchoolDay(D("2026-09-13"))); // Sunday
        Assert.False(calendar.IsSchoolDay(D("2026-09-18"))); // Friday
        Assert.Equal(new DateRange(D("2026-09-13"), D("2026-09-19")), calendar.GetWeek(D("2026-09-16")));
        Assert.Equal(new DateRange(D("2026-09-13"), D("2026-09-19")), calendar.GetWeek(D("2026-09-13")));
    }

    [Theory]
    [InlineData("2026-09-16", "2026-09-14", "2026-09-20")]
    [InlineData("2026-09-14", "2026-09-14", "2026-09-20")]
    [InlineData("2026-09-20", "2026-09-14", "2026-09-20")]
    [InlineData("2027-01-01", "2026-12-28", "2027-01-03")]
    public void Weeks_start_on_Monday_by_default(string date, string start, string end) =>
        Assert.Equal(new DateRange(D(start), D(end)), Defaults.GetWeek(D(date)));

    [Theory]
    [InlineData("2026-09-14", "2026-09-14")] // a school day is its own next school day
    [InlineData("2026-09-19", "2026-09-21")] // Saturday → Monday
    [InlineData("2026-12-19", "2027-01-04")] // over the winter break
    [InlineData("2027-07-31", "2027-08-02")] // over the year boundary
    public void The_next_school_day_skips_weekends_breaks_and_the_year_end(string date, string expected) =>
        Assert.Equal(D(expected), WithWinterBreak().NextSchoolDay(D(date)));

    [Theory]
    [InlineData("2026-08-01", 0)] // the year starts on a Saturday
    [InlineData("2026-08-03", 1)] // first Monday
    [InlineData("2026-08-09", 1)]
    [InlineData("2026-08-12", 1)] // a week that is all break does not count
    [InlineData("2026-08-17", 2)]
    [InlineData("2027-01-04", 20)] // 23 Mondays since 3 August, less three weeks of break
    [InlineData("2027-07-31", 49)] // 52 weeks with school days, less three weeks of break
    [InlineData("2027-08-02", 1)] // next year
    public void School_weeks_elapsed_counts_weeks_with_a_school_day_so_far(string date, int expected) =>
        Assert.Equal(expected, WithWinterBreak().SchoolWeeksElapsed(D(date)));

    [Fact]
    public void In_the_first_school_weeks_agrees_with_the_count_on_every_day_of_a_year()
    {
        var calendar = WithWinterBreak();
        for (var date = D("2026-07-25"); date <= D("2027-08-10"); date = date.AddDays(1))
        {
            var elapsed = calendar.SchoolWeeksElapsed(date);
            foreach (var weeks in new[] { 1, 2, 3, 12 })
            {
                Assert.True(elapsed <= weeks == calendar.IsInFirstSchoolWeeks(date, weeks), $"{date:yyyy-MM-dd}, {weeks} weeks, {elapsed} elapsed");
            }
        }
    }

    [Fact]
    public void Invalid_options_cannot_build_a_calendar()
    {
        var exception = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => new SchoolCalendar(new SchoolOptions { DefaultTimeZone = "Nowhere/Special" }));

        Assert.Contains("School:DefaultTimeZone 'Nowhere/Special'", exception.Message, StringComparison.Ordinal);
    }

    private static DateOnly D(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
