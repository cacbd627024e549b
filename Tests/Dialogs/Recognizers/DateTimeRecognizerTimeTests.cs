using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Tests.Dialogs.Recognizers;

/// <summary>Times, alone and with dates. "Now" is Wednesday 11 March 2026, 10:00 in Oslo (+01:00 all month until the 29th).</summary>
public sealed class DateTimeRecognizerTimeTests
{
    private static readonly DateTimeOffset Wednesday = RecognizerFixtures.Instant("2026-03-11T10:00:00+01:00");
    private static readonly TimeSpan OsloWinter = TimeSpan.FromHours(1);

    [Theory]
    [InlineData("tomorrow at 3pm", "2026-03-12", "15:00")]
    [InlineData("3pm tomorrow", "2026-03-12", "15:00")]
    [InlineData("tomorrow 3 pm", "2026-03-12", "15:00")]
    [InlineData("Tomorrow at 3 p.m.", "2026-03-12", "15:00")]
    [InlineData("tomorrow at 3:30 pm", "2026-03-12", "15:30")]
    [InlineData("tomorrow at 3:30pm", "2026-03-12", "15:30")]
    [InlineData("tomorrow 15:30", "2026-03-12", "15:30")]
    [InlineData("tomorrow at 15.30", "2026-03-12", "15:30")]
    [InlineData("tomorrow, 3pm!", "2026-03-12", "15:00")]
    [InlineData("next monday 9:00", "2026-03-16", "09:00")]
    [InlineData("next monday at 09:00", "2026-03-16", "09:00")]
    [InlineData("friday at 3", "2026-03-13", "15:00")]
    [InlineData("friday at 9", "2026-03-13", "09:00")]
    [InlineData("friday @ 10", "2026-03-13", "10:00")]
    [InlineData("at 3.30pm on friday", "2026-03-13", "15:30")]
    [InlineData("3 o'clock tomorrow", "2026-03-12", "15:00")]
    [InlineData("12am tomorrow", "2026-03-12", "00:00")]
    [InlineData("tomorrow at noon", "2026-03-12", "12:00")]
    [InlineData("tomorrow at 8 in the evening", "2026-03-12", "20:00")]
    [InlineData("tomorrow afternoon at 2", "2026-03-12", "14:00")]
    [InlineData("tomorrow morning at 7", "2026-03-12", "07:00")]
    [InlineData("tonight at 8", "2026-03-11", "20:00")]
    [InlineData("at 7 tonight", "2026-03-11", "19:00")]
    [InlineData("tonight at 11:30", "2026-03-11", "23:30")]
    [InlineData("tonight at midnight", "2026-03-12", "00:00")]
    [InlineData("2026-12-03T15:30", "2026-12-03", "15:30")]
    [InlineData("2026-12-03 15:30", "2026-12-03", "15:30")]
    [InlineData("3 December at 14:00", "2026-12-03", "14:00")]
    [InlineData("Dec 3rd 9am", "2026-12-03", "09:00")]
    [InlineData("on the 20th at 4pm", "2026-03-20", "16:00")]
    [InlineData("thursday the 3rd of december at 3pm", "2026-12-03", "15:00")]
    [InlineData("friday at three", "2026-03-13", "15:00")]
    [InlineData("friday at three pm", "2026-03-13", "15:00")]
    [InlineData("tomorrow at half past 3", "2026-03-12", "15:30")]
    [InlineData("tomorrow at quarter to 7", "2026-03-12", "06:45")]
    [InlineData("tomorrow at quarter to 12am", "2026-03-12", "23:45")]
    [InlineData("quarter past 10am friday", "2026-03-13", "10:15")]
    public void Recognize_DateAndTime_ResolvesBothAndTheInstant(string text, string date, string time) =>
        AssertDateTime(Recognize(text), date, time);

    [Theory]
    [InlineData("3pm", "2026-03-11", "15:00")]
    [InlineData("9am", "2026-03-12", "09:00")]
    [InlineData("10:30", "2026-03-11", "10:30")]
    [InlineData("at 10", "2026-03-12", "10:00")]
    [InlineData("3:30", "2026-03-11", "15:30")]
    [InlineData("noon", "2026-03-11", "12:00")]
    [InlineData("midday", "2026-03-11", "12:00")]
    [InlineData("12 noon", "2026-03-11", "12:00")]
    [InlineData("12pm", "2026-03-11", "12:00")]
    [InlineData("midnight", "2026-03-12", "00:00")]
    [InlineData("9 in the morning", "2026-03-12", "09:00")]
    [InlineData("2 at night", "2026-03-12", "02:00")]
    [InlineData("kl. 15.30", "2026-03-11", "15:30")]
    [InlineData("23:59", "2026-03-11", "23:59")]
    [InlineData("00:15", "2026-03-12", "00:15")]
    [InlineData("15:30:45", "2026-03-11", "15:30")]
    [InlineData("3.30", "2026-03-11", "15:30")]
    [InlineData("4 o clock", "2026-03-11", "16:00")]
    [InlineData("three o'clock", "2026-03-11", "15:00")]
    [InlineData("at three", "2026-03-11", "15:00")]
    [InlineData("half past twelve", "2026-03-11", "12:30")]
    [InlineData("quarter to 4", "2026-03-11", "15:45")]
    public void Recognize_TimeAlone_TakesItsNextOccurrence(string text, string date, string time) =>
        AssertDateTime(Recognize(text), date, time);

    [Theory]
    [InlineData("in 2 hours", "2026-03-11T12:00:00+01:00")]
    [InlineData("in 30 minutes", "2026-03-11T10:30:00+01:00")]
    [InlineData("in half an hour", "2026-03-11T10:30:00+01:00")]
    [InlineData("in an hour", "2026-03-11T11:00:00+01:00")]
    [InlineData("in twenty hours", "2026-03-12T06:00:00+01:00")]
    [InlineData("2 hours from now", "2026-03-11T12:00:00+01:00")]
    [InlineData("now", "2026-03-11T10:00:00+01:00")]
    [InlineData("right now", "2026-03-11T10:00:00+01:00")]
    public void Recognize_ElapsedTime_AddsToNow(string text, string expected)
    {
        var result = Recognize(text);
        Assert.NotNull(result);
        var instant = RecognizerFixtures.Instant(expected);
        Assert.Equal(instant, result.Instant);
        Assert.Equal(DateOnly.FromDateTime(instant.DateTime), result.Date);
        Assert.Equal(TimeOnly.FromDateTime(instant.DateTime), result.Time);
    }

    [Theory]
    [InlineData("3pm 4pm")]
    [InlineData("noon at midnight")]
    [InlineData("13pm")]
    [InlineData("0am")]
    [InlineData("25:00")]
    [InlineData("24:00")]
    [InlineData("3:75")]
    [InlineData("3:5")]
    [InlineData("123:00")]
    [InlineData("3xm")]
    [InlineData("tomorrow at")]
    [InlineData("tomorrow in 2 hours")]
    [InlineData("now tomorrow")]
    [InlineData("in the morning in the evening")]
    [InlineData("3pm in 2 hours")]
    [InlineData("three")]
    [InlineData("half to 3")]
    [InlineData("quarter past")]
    [InlineData("half past 13")]
    public void Recognize_BrokenOrConflictingTime_ReturnsNull(string text) => Assert.Null(Recognize(text));

    private static DateTimeRecognition? Recognize(string text) =>
        DateTimeRecognizer.Recognize(text, Wednesday, RecognizerFixtures.Zone("Europe/Oslo"), RecognizerFixtures.Culture("en-GB"));

    private static void AssertDateTime(DateTimeRecognition? result, string date, string time)
    {
        Assert.NotNull(result);
        var day = RecognizerFixtures.Day(date);
        var clock = RecognizerFixtures.Clock(time);
        Assert.Equal(day, result.Date);
        Assert.Equal(clock, result.Time);
        Assert.Equal(new DateTimeOffset(day.ToDateTime(clock), OsloWinter), result.Instant);
        Assert.Equal(LocalTimeAdjustment.None, result.Adjustment);
    }
}
