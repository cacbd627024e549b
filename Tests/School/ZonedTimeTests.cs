using System.Globalization;
using CoachBot.Dialogs.School;

namespace CoachBot.Tests.School;

/// <summary>Local times across daylight-saving changes in the north (New York, Oslo) and the south (Sydney).</summary>
public sealed class ZonedTimeTests
{
    [Theory]
    // Ordinary times: winter and summer offsets.
    [InlineData("America/New_York", "2026-01-05", "09:00", "2026-01-05T14:00:00Z")]
    [InlineData("America/New_York", "2026-07-06", "09:00", "2026-07-06T13:00:00Z")]
    // Spring forward (02:00 → 03:00): 02:30 does not exist and moves forward by the hour to 03:30 EDT.
    [InlineData("America/New_York", "2026-03-08", "02:30", "2026-03-08T07:30:00Z")]
    [InlineData("America/New_York", "2026-03-08", "03:00", "2026-03-08T07:00:00Z")]
    // Fall back (02:00 → 01:00): 01:30 happens twice; the first time is 01:30 EDT.
    [InlineData("America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00Z")]
    [InlineData("America/New_York", "2026-11-01", "02:30", "2026-11-01T07:30:00Z")]
    // Oslo: 02:00 → 03:00 on 29 March, 03:00 → 02:00 on 25 October.
    [InlineData("Europe/Oslo", "2026-03-29", "02:15", "2026-03-29T01:15:00Z")]
    [InlineData("Europe/Oslo", "2026-10-25", "02:30", "2026-10-25T00:30:00Z")]
    [InlineData("Europe/Oslo", "2026-10-25", "03:00", "2026-10-25T02:00:00Z")]
    // Sydney: 02:00 → 03:00 on 4 October (spring), 03:00 → 02:00 on 5 April (autumn).
    [InlineData("Australia/Sydney", "2026-10-04", "02:30", "2026-10-03T16:30:00Z")]
    [InlineData("Australia/Sydney", "2026-04-05", "02:30", "2026-04-04T15:30:00Z")]
    [InlineData("Australia/Sydney", "2026-06-01", "09:00", "2026-05-31T23:00:00Z")]
    public void A_local_time_becomes_one_instant_even_when_the_clocks_change(string zoneId, string date, string time, string expectedUtc)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

        var instant = ZonedTime.ToInstant(D(date), TimeOnly.Parse(time, CultureInfo.InvariantCulture), zone);

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, CultureInfo.InvariantCulture), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Theory]
    // Monday 09:00 New York, asked exactly at Monday 09:00 EST: strictly after, so next week, now in EDT.
    [InlineData("America/New_York", DayOfWeek.Monday, "09:00", "2026-03-02T14:00:00Z", "2026-03-09T13:00:00Z")]
    [InlineData("America/New_York", DayOfWeek.Monday, "09:00", "2026-03-02T13:59:00Z", "2026-03-02T14:00:00Z")]
    // Sunday 02:30 on the spring-forward night: 03:30 EDT.
    [InlineData("America/New_York", DayOfWeek.Sunday, "02:30", "2026-03-07T12:00:00Z", "2026-03-08T07:30:00Z")]
    // Sunday 01:30 on the fall-back night: the first 01:30; asked between the two, the next week.
    [InlineData("America/New_York", DayOfWeek.Sunday, "01:30", "2026-10-31T12:00:00Z", "2026-11-01T05:30:00Z")]
    [InlineData("America/New_York", DayOfWeek.Sunday, "01:30", "2026-11-01T05:45:00Z", "2026-11-08T06:30:00Z")]
    // Friday 16:00 Oslo across the end of summer time.
    [InlineData("Europe/Oslo", DayOfWeek.Friday, "16:00", "2026-10-23T14:00:00Z", "2026-10-30T15:00:00Z")]
    // Monday 08:00 Sydney across the start of daylight time in October.
    [InlineData("Australia/Sydney", DayOfWeek.Monday, "08:00", "2026-09-27T22:00:00Z", "2026-10-04T21:00:00Z")]
    // Late in the UTC day it is already the next local day in Sydney.
    [InlineData("Australia/Sydney", DayOfWeek.Tuesday, "07:00", "2026-06-01T20:00:00Z", "2026-06-01T21:00:00Z")]
    public void The_next_weekly_occurrence_is_found_in_the_users_zone(string zoneId, DayOfWeek day, string time, string afterUtc, string expectedUtc)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

        var next = SchoolCalendar.NextWeeklyOccurrence(day, TimeOnly.Parse(time, CultureInfo.InvariantCulture), zone,
            DateTimeOffset.Parse(afterUtc, CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, CultureInfo.InvariantCulture), next);
    }

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Europe/Oslo")]
    [InlineData("Australia/Sydney")]
    [InlineData("Australia/Lord_Howe")]
    public void A_weekly_time_stays_on_the_local_clock_through_a_whole_year(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var nine = new TimeOnly(9, 0);
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var offsets = new HashSet<TimeSpan>();

        for (var week = 0; week < 60; week++)
        {
            var next = SchoolCalendar.NextWeeklyOccurrence(DayOfWeek.Monday, nine, zone, at);
            var local = TimeZoneInfo.ConvertTime(next, zone);
            Assert.Equal((DayOfWeek.Monday, nine), (local.DayOfWeek, TimeOnly.FromDateTime(local.DateTime)));
            if (week > 0)
            {
                Assert.InRange(next - at, TimeSpan.FromDays(7) - TimeSpan.FromHours(1), TimeSpan.FromDays(7) + TimeSpan.FromHours(1));
            }

            offsets.Add(local.Offset);
            at = next;
        }

        Assert.Equal(2, offsets.Count); // both standard and daylight time were crossed
    }

    [Fact]
    public void The_next_school_day_at_a_time_skips_weekends_and_breaks_in_the_users_zone()
    {
        var calendar = new SchoolCalendar(new SchoolOptions
        {
            Breaks = [new SchoolBreakOptions { Name = "Winter", Start = "2026-12-21", End = "2027-01-01" }],
        });
        var oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

        // Friday 18 December, 10:00 Oslo: 08:00 has passed, so the next is Monday 4 January 08:00 CET.
        var next = calendar.NextSchoolDayAt(new TimeOnly(8, 0), oslo, new DateTimeOffset(2026, 12, 18, 9, 0, 0, TimeSpan.Zero));
        // Friday 18 December, 07:00 Oslo: today still counts.
        var sameDay = calendar.NextSchoolDayAt(new TimeOnly(8, 0), oslo, new DateTimeOffset(2026, 12, 18, 6, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 1, 4, 7, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(new DateTimeOffset(2026, 12, 18, 7, 0, 0, TimeSpan.Zero), sameDay);
    }

    [Theory]
    [InlineData("2026-06-01T20:00:00Z", "Australia/Sydney", "2026-06-02")]
    [InlineData("2026-06-01T03:00:00Z", "America/New_York", "2026-05-31")]
    public void The_local_date_depends_on_the_zone(string instant, string zoneId, string expected) =>
        Assert.Equal(D(expected), ZonedTime.LocalDate(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zoneId)));

    private static DateOnly D(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
