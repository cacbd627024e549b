using System.Globalization;
using CoachBot.Cards.Formatting;

namespace CoachBot.Tests.Cards.Formatting;

public sealed class DateTimeTextTests
{
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Britain = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void NewYork_AcrossTheMarchDstChange_ShowsLocalWallClockTime()
    {
        Assert.True(DateTimeText.TryFindTimeZone("America/New_York", out var newYork));
        // 2024-03-10 02:00 local clocks jump to 03:00 (EST UTC-5 -> EDT UTC-4).
        var beforeChange = new DateTimeOffset(2024, 3, 10, 6, 30, 0, TimeSpan.Zero);
        var afterChange = new DateTimeOffset(2024, 3, 10, 7, 30, 0, TimeSpan.Zero);

        Assert.Equal("1:30 AM", DateTimeText.Time(beforeChange, newYork, UnitedStates));
        Assert.Equal("3:30 AM", DateTimeText.Time(afterChange, newYork, UnitedStates));
        Assert.Equal("Sunday, March 10, 2024 at 3:30 AM", DateTimeText.DateAndTime(afterChange, newYork, UnitedStates));
    }

    [Fact]
    public void Date_LateEveningUtc_IsTheNextDayInAZoneAheadAndTheSameDayBehind()
    {
        Assert.True(DateTimeText.TryFindTimeZone("Europe/Berlin", out var berlin));
        Assert.True(DateTimeText.TryFindTimeZone("America/Los_Angeles", out var losAngeles));
        var instant = new DateTimeOffset(2025, 10, 31, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal("Saturday, 1 November 2025", DateTimeText.Date(instant, berlin, Britain));
        Assert.Equal("Friday, October 31, 2025", DateTimeText.Date(instant, losAngeles, UnitedStates));
    }

    [Fact]
    public void NonUsCulture_UsesItsOwnDayMonthOrderAnd24HourClock()
    {
        Assert.True(DateTimeText.TryFindTimeZone("Europe/London", out var london));
        // 2025-03-30 01:00 UTC London moves to BST (UTC+1).
        var instant = new DateTimeOffset(2025, 3, 30, 13, 5, 0, TimeSpan.Zero);

        Assert.Equal("Sunday, 30 March 2025 at 14:05", DateTimeText.DateAndTime(instant, london, Britain));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../etc/passwd")]
    public void TryFindTimeZone_UnknownId_IsFalseNotAnException(string? id)
    {
        Assert.False(DateTimeText.TryFindTimeZone(id, out var zone));
        Assert.Null(zone);
    }

    [Theory]
    [InlineData("en-GB", true)]
    [InlineData("fr-CA", true)]
    [InlineData("xx-NOPE", false)]
    [InlineData("", false)]
    public void TryFindCulture_TeamsLocale_IsFoundOrRefused(string name, bool found)
    {
        Assert.Equal(found, DateTimeText.TryFindCulture(name, out _));
    }
}
