using CoachBot.Dialogs.Features.Requests;
using CoachBot.Dialogs.School;

namespace CoachBot.Tests.Requests;

/// <summary>Waits counted in school days, on New York's wall clocks: weekends and breaks don't count, and follow-ups come in school hours.</summary>
public sealed class SchoolDayClockTests
{
    private static readonly SchoolDayClock Clock = new(new SchoolCalendar(new SchoolOptions
    {
        Breaks = [new SchoolBreakOptions { Name = "Winter break", Start = "2026-12-21", End = "2027-01-01" }],
    }));

    [Theory]
    [InlineData("2026-11-30T09:00", 2, "2026-12-02T09:00")] // Monday → Wednesday, same time
    [InlineData("2026-12-04T15:00", 2, "2026-12-08T15:00")] // Friday afternoon → Tuesday: the weekend doesn't count
    [InlineData("2026-12-05T11:00", 2, "2026-12-09T08:00")] // asked on Saturday: the wait starts Monday at 08:00
    [InlineData("2026-11-30T18:30", 2, "2026-12-03T08:00")] // asked after school: it starts the next morning
    [InlineData("2026-11-30T06:15", 1, "2026-12-01T08:00")] // asked before school: it starts at 08:00 that day
    [InlineData("2026-12-17T10:00", 2, "2027-01-04T10:00")] // Thursday before the winter break → Friday, then Monday after it
    [InlineData("2026-12-23T10:00", 1, "2027-01-05T08:00")] // asked in the break: it starts on the first school day after it
    [InlineData("2026-12-17T10:00", 10, "2027-01-14T10:00")]
    [InlineData("2026-11-30T09:00", 0, "2026-11-30T09:00")]
    public void After_CountsOnlySchoolDays_AndStartsInSchoolHours(string from, int days, string expected)
    {
        Assert.Equal(Local(expected), Clock.After(Local(from), days));
    }

    [Fact]
    public void After_KeepsTheLocalTime_AcrossTheChangeToDaylightSavingTime()
    {
        // Friday 6 March 2026 at 10:00 EST (15:00 UTC); clocks go forward on Sunday 8 March; Tuesday 10 March at 10:00 is EDT.
        var due = Clock.After(new DateTimeOffset(2026, 3, 6, 15, 0, 0, TimeSpan.Zero), 2);

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 14, 0, 0, TimeSpan.Zero), due);
    }

    [Theory]
    [InlineData("2026-12-17T10:00", "2026-12-17T15:59", 0)]
    [InlineData("2026-12-17T10:00", "2026-12-18T09:59", 0)]
    [InlineData("2026-12-17T10:00", "2026-12-18T10:00", 1)]
    [InlineData("2026-12-17T10:00", "2026-12-31T12:00", 1)] // the break doesn't age it
    [InlineData("2026-12-17T10:00", "2027-01-04T10:00", 2)]
    [InlineData("2026-12-17T10:00", "2027-01-06T10:00", 4)]
    [InlineData("2026-12-17T10:00", "2026-12-10T10:00", 0)] // a time before it began
    public void Age_IsTheWholeSchoolDaysWaited_MatchingAfter(string from, string now, int days)
    {
        Assert.Equal(days, Clock.Age(Local(from), Local(now)));
    }

    [Theory]
    [InlineData(0, "today")]
    [InlineData(1, "1 school day")]
    [InlineData(12, "12 school days")]
    public void Describe_SaysHowManySchoolDays(int days, string text) => Assert.Equal(text, SchoolDayClock.Describe(days));

    /// <summary>A New York wall-clock time as an instant.</summary>
    private static DateTimeOffset Local(string local)
    {
        var time = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);
        return ZonedTime.ToInstant(DateOnly.FromDateTime(time), TimeOnly.FromDateTime(time), Clock.Zone);
    }
}
