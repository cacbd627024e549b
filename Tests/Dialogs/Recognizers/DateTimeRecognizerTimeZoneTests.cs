using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Tests.Dialogs.Recognizers;

/// <summary>The same words in different zones, and both daylight-saving changes in each zone that has them.</summary>
public sealed class DateTimeRecognizerTimeZoneTests
{
    /// <summary>23:30 UTC on Wednesday 11 March 2026: already Thursday in Oslo, Auckland and Kolkata, still Wednesday in New York.</summary>
    private static readonly DateTimeOffset LateWednesdayUtc = RecognizerFixtures.Instant("2026-03-11T23:30:00+00:00");

    [Theory]
    [InlineData("Europe/Oslo", "2026-03-12")]
    [InlineData("America/New_York", "2026-03-11")]
    [InlineData("Pacific/Auckland", "2026-03-12")]
    [InlineData("Asia/Kolkata", "2026-03-12")]
    public void Recognize_Today_IsTheLocalDateInTheUsersZone(string zone, string expected)
    {
        var result = Recognize("today", zone, LateWednesdayUtc);
        Assert.Equal(RecognizerFixtures.Day(expected), result.Date);
    }

    [Theory]
    [InlineData("Europe/Oslo", "tomorrow at 9am", "2026-03-13T09:00:00+01:00")]
    [InlineData("America/New_York", "tomorrow at 9am", "2026-03-12T09:00:00-04:00")]
    [InlineData("Pacific/Auckland", "tomorrow at 9am", "2026-03-13T09:00:00+13:00")]
    [InlineData("Asia/Kolkata", "tomorrow at 9am", "2026-03-13T09:00:00+05:30")]
    [InlineData("Europe/Oslo", "3pm", "2026-03-12T15:00:00+01:00")]
    [InlineData("America/New_York", "3pm", "2026-03-12T15:00:00-04:00")]
    [InlineData("Pacific/Auckland", "3pm", "2026-03-12T15:00:00+13:00")]
    [InlineData("Asia/Kolkata", "3pm", "2026-03-12T15:00:00+05:30")]
    [InlineData("America/New_York", "friday 8:30am", "2026-03-13T08:30:00-04:00")]
    [InlineData("Pacific/Auckland", "friday 8:30am", "2026-03-13T08:30:00+13:00")]
    public void Recognize_SameWordsInDifferentZones_ResolveToLocalWallTime(string zone, string text, string expected)
    {
        var result = Recognize(text, zone, LateWednesdayUtc);
        var instant = RecognizerFixtures.Instant(expected);
        AssertSameInstantAndOffset(instant, result.Instant);
        Assert.Equal(DateOnly.FromDateTime(instant.DateTime), result.Date);
        Assert.Equal(TimeOnly.FromDateTime(instant.DateTime), result.Time);
    }

    [Theory]
    // Spring forward: the typed time does not exist and moves forward by the gap.
    [InlineData("Europe/Oslo", "2026-03-27T12:00:00+01:00", "sunday at 2:30am", "2026-03-29", "02:30", "2026-03-29T03:30:00+02:00", LocalTimeAdjustment.MovedForwardOverGap)]
    [InlineData("Europe/Oslo", "2026-03-27T12:00:00+01:00", "sunday at 02:30", "2026-03-29", "02:30", "2026-03-29T03:30:00+02:00", LocalTimeAdjustment.MovedForwardOverGap)]
    [InlineData("Europe/Oslo", "2026-03-27T12:00:00+01:00", "29 march at 2am", "2026-03-29", "02:00", "2026-03-29T03:00:00+02:00", LocalTimeAdjustment.MovedForwardOverGap)]
    [InlineData("Europe/Oslo", "2026-03-27T12:00:00+01:00", "sunday at 1:30am", "2026-03-29", "01:30", "2026-03-29T01:30:00+01:00", LocalTimeAdjustment.None)]
    [InlineData("Europe/Oslo", "2026-03-27T12:00:00+01:00", "sunday at 3:30am", "2026-03-29", "03:30", "2026-03-29T03:30:00+02:00", LocalTimeAdjustment.None)]
    [InlineData("America/New_York", "2026-03-06T12:00:00-05:00", "sunday at 2:30am", "2026-03-08", "02:30", "2026-03-08T03:30:00-04:00", LocalTimeAdjustment.MovedForwardOverGap)]
    [InlineData("Pacific/Auckland", "2026-09-25T12:00:00+12:00", "sunday at 2:30am", "2026-09-27", "02:30", "2026-09-27T03:30:00+13:00", LocalTimeAdjustment.MovedForwardOverGap)]
    // Fall back: the typed time shows twice and takes the first (daylight) offset.
    [InlineData("Europe/Oslo", "2026-10-23T12:00:00+02:00", "sunday at 2:30am", "2026-10-25", "02:30", "2026-10-25T02:30:00+02:00", LocalTimeAdjustment.FirstOfAmbiguous)]
    [InlineData("Europe/Oslo", "2026-10-23T12:00:00+02:00", "sunday at 3:30am", "2026-10-25", "03:30", "2026-10-25T03:30:00+01:00", LocalTimeAdjustment.None)]
    [InlineData("America/New_York", "2026-10-30T12:00:00-04:00", "sunday at 1:30am", "2026-11-01", "01:30", "2026-11-01T01:30:00-04:00", LocalTimeAdjustment.FirstOfAmbiguous)]
    [InlineData("America/New_York", "2026-10-30T12:00:00-04:00", "sunday at 9am", "2026-11-01", "09:00", "2026-11-01T09:00:00-05:00", LocalTimeAdjustment.None)]
    [InlineData("Pacific/Auckland", "2026-04-03T12:00:00+13:00", "sunday at 2:30am", "2026-04-05", "02:30", "2026-04-05T02:30:00+13:00", LocalTimeAdjustment.FirstOfAmbiguous)]
    // No daylight saving at all.
    [InlineData("Asia/Kolkata", "2026-03-27T12:00:00+05:30", "sunday at 2:30am", "2026-03-29", "02:30", "2026-03-29T02:30:00+05:30", LocalTimeAdjustment.None)]
    public void Recognize_AcrossDaylightSavingChanges_ResolvesGapsAndOverlapsAsDocumented(
        string zone, string now, string text, string date, string time, string instant, LocalTimeAdjustment adjustment)
    {
        var result = Recognize(text, zone, RecognizerFixtures.Instant(now));
        Assert.Equal(RecognizerFixtures.Day(date), result.Date);
        Assert.Equal(RecognizerFixtures.Clock(time), result.Time);
        AssertSameInstantAndOffset(RecognizerFixtures.Instant(instant), result.Instant);
        Assert.Equal(adjustment, result.Adjustment);
    }

    [Fact]
    public void Recognize_TomorrowOnTheEveOfSpringForward_UsesTheTargetDaysOffset()
    {
        var result = Recognize("tomorrow at 9am", "Europe/Oslo", RecognizerFixtures.Instant("2026-03-28T20:00:00+01:00"));
        AssertSameInstantAndOffset(RecognizerFixtures.Instant("2026-03-29T09:00:00+02:00"), result.Instant);
    }

    [Fact]
    public void Recognize_HoursAcrossTheGap_AreElapsedHoursNotWallClockHours()
    {
        var now = RecognizerFixtures.Instant("2026-03-29T01:30:00+01:00");
        var result = Recognize("in 2 hours", "Europe/Oslo", now);
        Assert.Equal(now.AddHours(2), result.Instant);
        Assert.Equal(RecognizerFixtures.Clock("04:30"), result.Time);
    }

    [Fact]
    public void Recognize_NowGivenInAnotherOffset_IsReadInTheUsersZone()
    {
        // 07:00 in New York is already noon in Oslo, so 11am has passed there: it means tomorrow.
        var result = Recognize("11am", "Europe/Oslo", RecognizerFixtures.Instant("2026-03-11T07:00:00-04:00"));
        Assert.Equal(RecognizerFixtures.Day("2026-03-12"), result.Date);
    }

    private static DateTimeRecognition Recognize(string text, string zone, DateTimeOffset now)
    {
        var result = DateTimeRecognizer.Recognize(text, now, RecognizerFixtures.Zone(zone), RecognizerFixtures.Culture("en-GB"));
        Assert.NotNull(result);
        return result;
    }

    private static void AssertSameInstantAndOffset(DateTimeOffset expected, DateTimeOffset? actual)
    {
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Offset, actual!.Value.Offset);
    }
}
