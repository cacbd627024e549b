using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Tests.Dialogs.Recognizers;

public sealed class ZonedTimeResolverTests
{
    [Theory]
    [InlineData("Europe/Oslo", "2026-03-29", "02:00", "2026-03-29T03:00:00+02:00", LocalTimeAdjustment.MovedForwardOverGap)]
    [InlineData("Europe/Oslo", "2026-03-29", "02:59", "2026-03-29T03:59:00+02:00", LocalTimeAdjustment.MovedForwardOverGap)]
    [InlineData("Europe/Oslo", "2026-03-29", "03:00", "2026-03-29T03:00:00+02:00", LocalTimeAdjustment.None)]
    [InlineData("Europe/Oslo", "2026-10-25", "02:00", "2026-10-25T02:00:00+02:00", LocalTimeAdjustment.FirstOfAmbiguous)]
    [InlineData("Europe/Oslo", "2026-10-25", "01:59", "2026-10-25T01:59:00+02:00", LocalTimeAdjustment.None)]
    [InlineData("America/New_York", "2026-11-01", "01:00", "2026-11-01T01:00:00-04:00", LocalTimeAdjustment.FirstOfAmbiguous)]
    [InlineData("Australia/Lord_Howe", "2026-10-04", "02:15", "2026-10-04T02:45:00+11:00", LocalTimeAdjustment.MovedForwardOverGap)]
    [InlineData("Asia/Kolkata", "2026-07-01", "12:00", "2026-07-01T12:00:00+05:30", LocalTimeAdjustment.None)]
    [InlineData("UTC", "2026-03-29", "02:30", "2026-03-29T02:30:00+00:00", LocalTimeAdjustment.None)]
    public void Resolve_WallClockTime_ReturnsInstantAndAdjustment(string zone, string date, string time, string expected, LocalTimeAdjustment adjustment)
    {
        var resolved = ZonedTimeResolver.Resolve(RecognizerFixtures.Day(date), RecognizerFixtures.Clock(time), RecognizerFixtures.Zone(zone));
        Assert.Equal(RecognizerFixtures.Instant(expected), resolved.Instant);
        Assert.Equal(RecognizerFixtures.Instant(expected).Offset, resolved.Instant.Offset);
        Assert.Equal(adjustment, resolved.Adjustment);
    }
}
