using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Tests.Dialogs.Recognizers;

/// <summary>Dates without a time. "Now" is Wednesday 11 March 2026, 10:00 in Oslo unless a test says otherwise.</summary>
public sealed class DateTimeRecognizerDateTests
{
    private static readonly DateTimeOffset Wednesday = RecognizerFixtures.Instant("2026-03-11T10:00:00+01:00");
    private static readonly DateTimeOffset Monday = RecognizerFixtures.Instant("2026-03-16T09:00:00+01:00");

    [Theory]
    [InlineData("today", "2026-03-11")]
    [InlineData("Today!", "2026-03-11")]
    [InlineData("tonight", "2026-03-11")]
    [InlineData("tomorrow", "2026-03-12")]
    [InlineData("tmrw", "2026-03-12")]
    [InlineData("tommorow", "2026-03-12")]
    [InlineData("yesterday", "2026-03-10")]
    [InlineData("day after tomorrow", "2026-03-13")]
    [InlineData("the day after tomorrow", "2026-03-13")]
    [InlineData("the day before yesterday", "2026-03-09")]
    [InlineData("in 3 days", "2026-03-14")]
    [InlineData("in three days", "2026-03-14")]
    [InlineData("in 2 weeks", "2026-03-25")]
    [InlineData("in two weeks", "2026-03-25")]
    [InlineData("in a week", "2026-03-18")]
    [InlineData("in a fortnight", "2026-03-25")]
    [InlineData("in twenty-five days", "2026-04-05")]
    [InlineData("in 1 month", "2026-04-11")]
    [InlineData("in a year", "2027-03-11")]
    [InlineData("3 days from now", "2026-03-14")]
    [InlineData("a week from today", "2026-03-18")]
    [InlineData("a week from tomorrow", "2026-03-19")]
    [InlineData("3 days ago", "2026-03-08")]
    [InlineData("a couple of days ago", "2026-03-09")]
    public void Recognize_RelativeDay_CountsFromToday(string text, string expected) =>
        AssertDate(Recognize(text), expected);

    [Theory]
    [InlineData("monday", "2026-03-16")]
    [InlineData("on Monday", "2026-03-16")]
    [InlineData("mon", "2026-03-16")]
    [InlineData("friday", "2026-03-13")]
    [InlineData("wednesday", "2026-03-18")]
    [InlineData("wensday", "2026-03-18")]
    [InlineData("this wednesday", "2026-03-11")]
    [InlineData("this friday", "2026-03-13")]
    [InlineData("this monday", "2026-03-16")]
    [InlineData("coming friday", "2026-03-13")]
    [InlineData("this coming friday", "2026-03-13")]
    [InlineData("next monday", "2026-03-16")]
    [InlineData("next wednesday", "2026-03-18")]
    [InlineData("next friday", "2026-03-20")]
    [InlineData("last friday", "2026-03-06")]
    [InlineData("last wednesday", "2026-03-04")]
    [InlineData("last monday", "2026-03-09")]
    [InlineData("next week", "2026-03-16")]
    [InlineData("last week", "2026-03-02")]
    [InlineData("next month", "2026-04-01")]
    [InlineData("last month", "2026-02-01")]
    [InlineData("next year", "2027-01-01")]
    [InlineData("monday next week", "2026-03-16")]
    [InlineData("friday next week", "2026-03-20")]
    [InlineData("next week on friday", "2026-03-20")]
    [InlineData("friday this week", "2026-03-13")]
    [InlineData("monday this week", "2026-03-09")]
    [InlineData("tuesday last week", "2026-03-03")]
    public void Recognize_WeekdayOnAWednesday_FollowsTheDocumentedRule(string text, string expected) =>
        AssertDate(Recognize(text), expected);

    [Theory]
    [InlineData("today", "2026-03-16")]
    [InlineData("monday", "2026-03-23")]
    [InlineData("on monday", "2026-03-23")]
    [InlineData("this monday", "2026-03-16")]
    [InlineData("next monday", "2026-03-23")]
    [InlineData("last monday", "2026-03-09")]
    [InlineData("tuesday", "2026-03-17")]
    public void Recognize_WeekdayNamedOnThatWeekday_ExcludesTodayUnlessThis(string text, string expected) =>
        AssertDate(Recognize(text, now: Monday), expected);

    [Theory]
    [InlineData("next week", "en-US", -1, "2026-03-15")]
    [InlineData("next week", "en-GB", -1, "2026-03-16")]
    [InlineData("next week", "en-US", (int)DayOfWeek.Monday, "2026-03-16")]
    [InlineData("next week", "en-GB", (int)DayOfWeek.Saturday, "2026-03-14")]
    [InlineData("next sunday", "en-US", -1, "2026-03-15")]
    [InlineData("next sunday", "en-GB", -1, "2026-03-22")]
    [InlineData("last week", "en-US", -1, "2026-03-01")]
    public void Recognize_WeekRelative_UsesCultureOrConfiguredWeekStart(string text, string culture, int weekStart, string expected) =>
        AssertDate(Recognize(text, culture, weekStart: weekStart < 0 ? null : (DayOfWeek)weekStart), expected);

    [Theory]
    [InlineData("2026-12-03", "2026-12-03")]
    [InlineData("3 December", "2026-12-03")]
    [InlineData("December 3", "2026-12-03")]
    [InlineData("Dec 3rd", "2026-12-03")]
    [InlineData("3rd of December", "2026-12-03")]
    [InlineData("december the third", "2026-12-03")]
    [InlineData("the 3rd of December 2027", "2027-12-03")]
    [InlineData("December 3, 2027", "2027-12-03")]
    [InlineData("sept 30", "2026-09-30")]
    [InlineData("septmber 30", "2026-09-30")]
    [InlineData("1 March", "2027-03-01")]
    [InlineData("11 March", "2026-03-11")]
    [InlineData("29 Feb", "2028-02-29")]
    [InlineData("1 march 2020", "2020-03-01")]
    [InlineData("the 3rd", "2026-04-03")]
    [InlineData("the 20th", "2026-03-20")]
    [InlineData("on the twentieth", "2026-03-20")]
    [InlineData("the 31st", "2026-03-31")]
    public void Recognize_CalendarDate_InfersTheNextOccurrenceWhenNoYear(string text, string expected) =>
        AssertDate(Recognize(text), expected);

    [Fact]
    public void Recognize_ThirtyFirstInAThirtyDayMonth_SkipsToTheNextMonthThatHasIt() =>
        AssertDate(Recognize("the 31st", now: RecognizerFixtures.Instant("2026-04-02T10:00:00+02:00")), "2026-05-31");

    [Theory]
    [InlineData("3/12/2026", "en-GB", "2026-12-03")]
    [InlineData("3/12/2026", "en-US", "2026-03-12")]
    [InlineData("3-12-2026", "en-US", "2026-03-12")]
    [InlineData("03.12.2026", "de-DE", "2026-12-03")]
    [InlineData("3.12.26", "de-DE", "2026-12-03")]
    [InlineData("3/12", "en-GB", "2026-12-03")]
    [InlineData("3/12", "en-US", "2026-03-12")]
    [InlineData("3/1", "en-GB", "2027-01-03")]
    [InlineData("25/12", "en-US", "2026-12-25")]
    [InlineData("12/25/2026", "en-GB", "2026-12-25")]
    [InlineData("2026/12/03", "ja-JP", "2026-12-03")]
    [InlineData("12/3", "ja-JP", "2026-12-03")]
    [InlineData("2026-12-03", "en-US", "2026-12-03")]
    [InlineData("3. desember", "nb-NO", "2026-12-03")]
    [InlineData("mandag", "nb-NO", "2026-03-16")]
    [InlineData("15 janvier", "fr-FR", "2027-01-15")]
    [InlineData("mardi", "fr-FR", "2026-03-17")]
    [InlineData("3.12", "de-DE", "2026-12-03")]
    [InlineData("thursday 3/12", "en-GB", "2026-12-03")]
    [InlineData("3/12 thursday", "en-GB", "2026-12-03")]
    public void Recognize_NumericOrLocalDate_ReadsInTheUsersCulture(string text, string culture, string expected) =>
        AssertDate(Recognize(text, culture), expected);

    [Theory]
    [InlineData("tomorrow morning", "2026-03-12")]
    [InlineData("this evening", "2026-03-11")]
    [InlineData("friday afternoon", "2026-03-13")]
    public void Recognize_DateWithDayPeriodOnly_HasNoTime(string text, string expected) =>
        AssertDate(Recognize(text), expected);

    [Theory]
    [InlineData("3")]
    [InlineData("42")]
    [InlineData("december")]
    [InlineData("morning")]
    [InlineData("in the morning")]
    [InlineData("next")]
    [InlineData("in")]
    [InlineData("at")]
    [InlineData("the")]
    [InlineData("in 3 bananas")]
    [InlineData("in 999999 years")]
    [InlineData("999999 days ago")]
    [InlineData("tomorrow banana")]
    [InlineData("tomorrow friday")]
    [InlineData("monday tuesday")]
    [InlineData("yesterday tomorrow")]
    [InlineData("friday 3/12")]
    [InlineData("3 december friday")]
    [InlineData("31 February")]
    [InlineData("30 feb 2027")]
    [InlineData("32/13/2026")]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("1.2.3")]
    [InlineData("1/2/3/4")]
    [InlineData("0/0")]
    [InlineData("mañana")]
    [InlineData("明日")]
    [InlineData("😀")]
    [InlineData("garbage text")]
    [InlineData("munday")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Recognize_NotADate_ReturnsNull(string? text) => Assert.Null(Recognize(text));

    [Fact]
    public void Recognize_TenThousandCharacters_ReturnsNullQuickly() =>
        Assert.Null(RecognizerFixtures.Timed(() => Recognize(RecognizerFixtures.LongText())));

    [Fact]
    public void Recognize_TenThousandCharacterWord_ReturnsNullQuickly() =>
        Assert.Null(RecognizerFixtures.Timed(() => Recognize(new string('x', 10_000))));

    [Fact]
    public void Recognize_Junk_NeverThrows()
    {
        foreach (var culture in new[] { "en-GB", "en-US", "de-DE", "ja-JP" })
        {
            foreach (var text in RecognizerFixtures.Junk(seed: 17, count: 2_000))
            {
                _ = Recognize(text, culture);
            }
        }
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+00:00")]
    [InlineData("9999-12-31T23:59:59+00:00")]
    public void Recognize_NowAtTheEdgeOfTime_ReturnsNullInsteadOfThrowing(string now) =>
        Assert.Null(Recognize("tomorrow at 3pm", now: RecognizerFixtures.Instant(now)));

    private static DateTimeRecognition? Recognize(string? text, string culture = "en-GB", DateTimeOffset? now = null, DayOfWeek? weekStart = null) =>
        DateTimeRecognizer.Recognize(text, now ?? Wednesday, RecognizerFixtures.Zone("Europe/Oslo"), RecognizerFixtures.Culture(culture), weekStart);

    private static void AssertDate(DateTimeRecognition? result, string expected)
    {
        Assert.NotNull(result);
        Assert.Equal(RecognizerFixtures.Day(expected), result.Date);
        Assert.Null(result.Time);
        Assert.Null(result.Instant);
        Assert.Equal(LocalTimeAdjustment.None, result.Adjustment);
    }
}
