using CoachBot.Cards.Views.Reflections;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Reflections;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Reflections;

/// <summary>
/// The digest's figures on a fixed data set that crosses a week boundary, the autumn break and the end of daylight
/// saving time, in Europe/Oslo (clocks back on Sunday 25 October 2026) and America/Los_Angeles (Sunday 1 November).
/// Weeks start on Monday (School:WeekStart) in the coach's zone; the break is 12–16 October.
/// </summary>
public sealed class ReflectionDigestTests
{
    internal static readonly Dictionary<string, string?> AutumnBreak = new()
    {
        ["School:Breaks:0:Name"] = "Autumn break",
        ["School:Breaks:0:Start"] = "2026-10-12",
        ["School:Breaks:0:End"] = "2026-10-16",
    };

    private static readonly DateTimeOffset Now = new(2026, 11, 4, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The data set: UTC instant, content. Comments give the local time in Oslo / Los Angeles.</summary>
    private static readonly (DateTimeOffset At, ReflectionContent Content)[] DataSet =
    [
        (Utc(2026, 9, 28, 10, 0), ReflectionsHost.Coaching("one", 60, TopicIds.Mentor)),                                    // Mon 12:00 / Mon 03:00
        (Utc(2026, 10, 5, 10, 0), ReflectionsHost.Coaching("two", 30, TopicIds.DataCoach)),                                 // Mon / Mon
        (Utc(2026, 10, 13, 10, 0), ReflectionsHost.Coaching("in the break", 20, TopicIds.Learner)),                         // break week
        (Utc(2026, 10, 19, 9, 0), ReflectionsHost.Coaching("split", 40, TopicIds.Mentor, TopicIds.DataCoach)),              // 20 min each
        (Utc(2026, 10, 20, 12, 0), ReflectionsHost.Coaching("no role yet", 15)),                                            // unassigned
        (Utc(2026, 10, 25, 22, 30), ReflectionsHost.Coaching("Sunday night", 30, TopicIds.ResourceProvider)),               // Sun 23:30 CET (not Mon 00:30) / Sun 15:30
        (Utc(2026, 11, 1, 23, 30), ReflectionsHost.Diverted("bus duty", 20)),                                               // Mon 00:30 / Sun 15:30 PST
        (Utc(2026, 11, 2, 7, 30), ReflectionsHost.Coaching("early", 45, TopicIds.Mentor)),                                  // Mon 08:30 / Sun 23:30 PST (not Mon 00:30)
        (Utc(2026, 11, 3, 16, 0), ReflectionsHost.Coaching("in class", 25, TopicIds.ClassroomSupporter)),                   // Tue / Tue
        (Utc(2026, 11, 4, 8, 0), ReflectionsHost.Coaching("no minutes", null, TopicIds.LearningFacilitator)),              // Wed 09:00 / Wed 00:00
    ];

    public static TheoryData<string, int, int, int, int, int> Zones => new()
    {
        // zone, this week's reflections, role minutes, diverted minutes; the streak; this week's mentor minutes
        { "Europe/Oslo", 3, 70, 20, 1, 45 },
        { "America/Los_Angeles", 2, 25, 0, 5, 0 },
    };

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task Digest_OfTheFixedDataSet_HasTheWeekAndYearFiguresOfTheCoachsZone(
        string zone, int weekReflections, int weekRoleMinutes, int weekDiverted, int streak, int weekMentorMinutes)
    {
        using var host = new ReflectionsHost(new FakeTimeProvider(Now), AutumnBreak);
        await host.WithAsync(ChatUser.Alice);
        foreach (var (at, content) in DataSet)
        {
            await host.SaveAsync(ChatUser.Alice, content, at, zone);
        }

        var digest = await ComputeAsync(host, zone);

        Assert.Equal(new DateOnly(2026, 11, 2), digest.Week.Start);
        Assert.False(digest.WeekIsBreak);
        Assert.Equal(weekReflections, digest.ThisWeek.Reflections);
        Assert.Equal(weekRoleMinutes, digest.ThisWeek.RoleMinutes);
        Assert.Equal(weekDiverted, digest.ThisWeek.DivertedMinutes);
        Assert.Equal(weekMentorMinutes, digest.ThisWeek.Role(TopicIds.Mentor).Minutes);
        Assert.Equal(new RoleFigures(1, 25), digest.ThisWeek.Role(TopicIds.ClassroomSupporter));

        // The school year so far is the same set in both zones.
        var year = digest.YearSoFar;
        Assert.Equal("2026\u201327", digest.Year.Label);
        Assert.Equal(9, year.Reflections);
        Assert.Equal(250, year.RoleMinutes);
        Assert.Equal(new RoleFigures(3, 125), year.Role(TopicIds.Mentor));
        Assert.Equal(new RoleFigures(2, 50), year.Role(TopicIds.DataCoach));
        Assert.Equal(new RoleFigures(1, 20), year.Role(TopicIds.Learner));
        Assert.Equal(new RoleFigures(1, 30), year.Role(TopicIds.ResourceProvider));
        Assert.Equal(new RoleFigures(1, 0), year.Role(TopicIds.LearningFacilitator));
        Assert.Equal(new RoleFigures(0, 0), year.Role(TopicIds.SchoolLeader));
        Assert.Equal((1, 15), (year.Unassigned, year.UnassignedMinutes));
        Assert.Equal((1, 20), (year.DivertedEntries, year.DivertedMinutes));

        // Oslo: week of 26 October has no coaching reflection (Sunday night fell in the week before, the bus duty is
        // diverted time), so the streak is this week alone. Los Angeles: both Sunday-night entries fall in that week,
        // and the streak runs back to 28 September, skipping the break week.
        Assert.Equal(streak, digest.Streak);
        Assert.False(digest.StreakOpen);
        Assert.Equal(5, digest.Span);

        // Mentor has exactly half the role minutes: not more than half, so no crowding note; only the learner is under 10%.
        Assert.Null(digest.Crowding);
        Assert.Null(digest.SpreadThin);
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task DigestCard_ShowsTheFiguresAsTextAndBars(
        string zone, int weekReflections, int weekRoleMinutes, int weekDiverted, int streak, int weekMentorMinutes)
    {
        using var host = new ReflectionsHost(new FakeTimeProvider(Now), AutumnBreak);
        await host.WithAsync(ChatUser.Alice);
        foreach (var (at, content) in DataSet)
        {
            await host.SaveAsync(ChatUser.Alice, content, at, zone);
        }

        await host.Chat(ChatUser.Alice, timeZone: zone)
            .Send("reflection digest")
            .ExpectCard(ReflectionDigestCard.Kind, card =>
            {
                var text = card.CardText();
                CardAssert.Contains(card, "School year 2026\u201327 so far \u00b7 this week: Mon, November 2 \u2013 Sun, November 8");
                CardAssert.Contains(card, $"**{weekReflections} reflections** \u00b7 {weekRoleMinutes} min on the roles \u00b7 diverted time: {weekDiverted} min");
                CardAssert.Contains(card, "**9 reflections** \u00b7 250 min on the roles \u00b7 diverted time: 20 min (1 entry) \u00b7 1 reflection with no role yet (15 min)");
                CardAssert.Contains(card, "diverted time is 7% of all the time you logged");
                CardAssert.Contains(card, $"Streak: **{streak} school week{(streak == 1 ? "" : "s")}** in a row");
                CardAssert.Contains(card, "Mentor | 125 min \u00b7 50%");
                CardAssert.Contains(card, $"3 reflections this school year \u00b7 this week: {(weekMentorMinutes > 0 ? 1 : 0)} reflection{(weekMentorMinutes > 0 ? "" : "s")}, {weekMentorMinutes} min");
                CardAssert.Contains(card, "Data Coach | 50 min \u00b7 20%");
                CardAssert.Contains(card, "Nothing yet this school year: Curriculum Specialist, Instructional Specialist, School Leader, Catalyst for Change.");
                Assert.True(text.IndexOf("Mentor", StringComparison.Ordinal) < text.IndexOf("Data Coach", StringComparison.Ordinal));
                Assert.DoesNotContain("crowding", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("spread thin", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("\"url\"", card.Card!.Value.GetRawText(), StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task Weeks_StartOnSchoolWeekStart_InTheCoachsZone()
    {
        // Weeks from Sunday: Sunday 1 November 2026, 18:00 in Los Angeles (02:00 UTC on Monday) opens the week of 1 November.
        using var host = new ReflectionsHost(new FakeTimeProvider(Now), new Dictionary<string, string?> { ["School:WeekStart"] = "Sunday" });
        await host.WithAsync(ChatUser.Alice);

        var sunday = await host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("sunday planning", 30, TopicIds.Learner), Utc(2026, 11, 2, 2, 0), "America/Los_Angeles");
        var saturday = await host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("saturday workshop", 60, TopicIds.LearningFacilitator), Utc(2026, 11, 1, 2, 0), "America/Los_Angeles");

        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1)), (sunday.Time.LocalDate, sunday.Time.WeekStart));
        Assert.Equal((new DateOnly(2026, 10, 31), new DateOnly(2026, 10, 25)), (saturday.Time.LocalDate, saturday.Time.WeekStart));
        var digest = await ComputeAsync(host, "America/Los_Angeles");
        Assert.Equal(new DateOnly(2026, 11, 1), digest.Week.Start);
        Assert.Equal((1, 30.0), (digest.ThisWeek.Reflections, digest.ThisWeek.RoleMinutes));
    }

    [Fact]
    public void Streak_SkipsBreakWeeks_AndWaitsForThisWeek()
    {
        var calendar = Calendar();
        var weeks = new[] { Monday(2026, 10, 26), Monday(2026, 10, 19), Monday(2026, 10, 12), Monday(2026, 10, 5) };

        // Wednesday 4 November: nothing yet this week; the streak (26 Oct, 19 Oct, break, 5 Oct) is alive.
        var open = ReflectionDigest.Compute([], weeks, calendar, new DateOnly(2026, 11, 4));
        Assert.Equal((3, true), (open.Streak, open.StreakOpen));

        // A week later the week of 2 November passed without one: the streak is broken.
        var broken = ReflectionDigest.Compute([], weeks, calendar, new DateOnly(2026, 11, 11));
        Assert.Equal((0, false), (broken.Streak, broken.StreakOpen));

        // In the break week itself, the streak counts back from before it and nothing is open.
        var inBreak = ReflectionDigest.Compute([], [Monday(2026, 10, 5), Monday(2026, 9, 28)], calendar, new DateOnly(2026, 10, 14));
        Assert.True(inBreak.WeekIsBreak);
        Assert.Equal((2, false), (inBreak.Streak, inBreak.StreakOpen));

        // A reflection logged in the break week does not count either.
        var breakOnly = ReflectionDigest.Compute([], [Monday(2026, 10, 12)], calendar, new DateOnly(2026, 10, 20));
        Assert.Equal(0, breakOnly.Streak);
    }

    [Fact]
    public void Streak_RunsOverTheSummerAndIntoANewSchoolYear()
    {
        // The default year (1 August to 31 July) has no summer; this one ends on Tuesday 15 June and starts on Monday 23 August.
        var calendar = new SchoolCalendar(new SchoolOptions { YearStart = "08-23", YearEnd = "06-15" });
        var weeks = new[] { Monday(2027, 8, 23), Monday(2027, 6, 14), Monday(2027, 6, 7) };

        var digest = ReflectionDigest.Compute([], weeks, calendar, new DateOnly(2027, 8, 25));

        Assert.Equal(3, digest.Streak);
    }

    [Theory]
    [InlineData(61, 60, true)]   // 121 min, 50.4%
    [InlineData(61, 59, true)]   // 120 min (the least), 50.8%
    [InlineData(60, 59, false)]  // 119 min: too few to say
    [InlineData(60, 60, false)]  // exactly half is not more than half
    [InlineData(300, 299, true)]
    public void CrowdingNote_AtItsEdges(int mentor, int dataCoach, bool noted)
    {
        var today = new DateOnly(2026, 11, 4);
        ReflectionFigure[] figures =
        [
            Figure(today, mentor, TopicIds.Mentor),
            Figure(today, dataCoach, TopicIds.DataCoach),
            new(ReflectionKind.Diverted, [], 400, today, Monday(2026, 11, 2)),
        ];

        var digest = ReflectionDigest.Compute(figures, [], Calendar(), today);

        Assert.Equal(noted, digest.Crowding is not null);
        if (digest.Crowding is { } crowding)
        {
            Assert.Equal(TopicIds.Mentor, crowding.RoleId);
            Assert.Equal(mentor + dataCoach, crowding.RoleMinutes);
        }
    }

    [Theory]
    [InlineData(6, 4, true)]    // six roles at 9% each over four school weeks
    [InlineData(5, 4, false)]   // five thin roles are not enough
    [InlineData(6, 3, false)]   // three school weeks are too few
    public void SpreadThinNote_AtItsEdges(int thinRoles, int schoolWeeks, bool noted)
    {
        var today = new DateOnly(2026, 11, 4);
        var first = today.AddDays(-7 * (schoolWeeks - 1));
        var figures = TopicIds.AllRoles.Take(thinRoles).Select(role => Figure(first, 9, role)).ToList();
        figures.Add(Figure(today, 100 - (9 * thinRoles), TopicIds.Learner));

        var digest = ReflectionDigest.Compute(figures, [], Calendar(breaks: false), today);

        Assert.Equal(schoolWeeks, digest.Span);
        Assert.Equal(noted, digest.SpreadThin is not null);
        Assert.Equal(noted ? thinRoles : null, digest.SpreadThin?.Roles);
    }

    [Fact]
    public void SpreadThinNote_ARoleAtExactlyTenPercentIsNotThin()
    {
        var today = new DateOnly(2026, 11, 4);
        var first = today.AddDays(-21);
        var figures = TopicIds.AllRoles.Take(5).Select(role => Figure(first, 9, role)).ToList();
        figures.Add(Figure(first, 10, TopicIds.SchoolLeader));
        figures.Add(Figure(today, 45, TopicIds.Learner));

        var digest = ReflectionDigest.Compute(figures, [], Calendar(breaks: false), today);

        Assert.Null(digest.SpreadThin);
    }

    [Fact]
    public void SpreadThinNote_BreakWeeksDoNotCountTowardTheFourWeeks()
    {
        // From 5 October to 26 October is four calendar weeks, but 12 October is the break: three school weeks.
        var today = new DateOnly(2026, 10, 28);
        var figures = TopicIds.AllRoles.Take(6).Select(role => Figure(new DateOnly(2026, 10, 5), 9, role)).ToList();
        figures.Add(Figure(today, 46, TopicIds.Learner));

        var digest = ReflectionDigest.Compute(figures, [], Calendar(), today);

        Assert.Equal(3, digest.Span);
        Assert.Null(digest.SpreadThin);
    }

    [Fact]
    public void Minutes_OfAReflectionWithSeveralRoles_AreSplitEvenly()
    {
        var today = new DateOnly(2026, 11, 4);
        var digest = ReflectionDigest.Compute([Figure(today, 50, TopicIds.Mentor, TopicIds.DataCoach, TopicIds.Learner)], [], Calendar(), today);

        Assert.Equal(50, digest.YearSoFar.RoleMinutes);
        Assert.Equal(50.0 / 3, digest.YearSoFar.Role(TopicIds.Mentor).Minutes, 9);
        Assert.Equal(1, digest.YearSoFar.Role(TopicIds.Learner).Count);
        Assert.Equal(1, digest.YearSoFar.Reflections);
    }

    [Fact]
    public async Task CrowdingAndSpreadThinNotes_CiteTheArticleOnTheCard()
    {
        using var host = new ReflectionsHost(new FakeTimeProvider(Now), AutumnBreak);
        await host.WithAsync(ChatUser.Alice);
        var start = Utc(2026, 10, 5, 10, 0);
        foreach (var role in TopicIds.AllRoles.Where(role => role != TopicIds.Mentor).Take(6))
        {
            await host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("a little", 9, role), start);
        }

        await host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("a lot", 200, TopicIds.Mentor), Now.AddHours(-1));

        await host.Chat(ChatUser.Alice)
            .Send("reflection digest")
            .ExpectCard(ReflectionDigestCard.Kind, card =>
            {
                CardAssert.Contains(card, "**Mentor** took 79% of your role time this school year (200 of 254 min), crowding out the other roles.");
                CardAssert.Contains(card, "\u201cOne person cannot do it all.\u201d");
                CardAssert.Contains(card, "Your time is spread thin: 6 roles each got less than 10% of your role time over 4 school weeks.");
                CardAssert.Contains(card, "\u201cdiffuses the focus and dilutes the impact\u201d");
            });
    }

    [Fact]
    public async Task Digest_WithNoReflectionsYet_SaysSo()
    {
        using var host = new ReflectionsHost(new FakeTimeProvider(Now), AutumnBreak);
        await host.WithAsync(ChatUser.Alice);

        await host.Chat(ChatUser.Alice)
            .Send("reflection digest")
            .ExpectCard(ReflectionDigestCard.Kind, card =>
            {
                CardAssert.Contains(card, "**0 reflections**");
                CardAssert.Contains(card, "Streak: none yet");
                Assert.DoesNotContain("Role balance", card.CardText(), StringComparison.Ordinal);
            });
    }

    private static async Task<DigestFigures> ComputeAsync(ReflectionsHost host, string zone)
    {
        var today = ZonedTime.LocalDate(Now, TimeZoneInfo.FindSystemTimeZoneById(zone));
        var ct = TestContext.Current.CancellationToken;
        var figures = await host.Store.FiguresAsync(ChatUser.Alice.AadObjectId, new DateOnly(2026, 8, 1), ct);
        var weeks = await host.Store.ReflectionWeeksAsync(ChatUser.Alice.AadObjectId, ct);
        return ReflectionDigest.Compute(figures, weeks, host.Calendar, today);
    }

    internal static SchoolCalendar Calendar(bool breaks = true) => new(new SchoolOptions
    {
        Breaks = breaks ? [new SchoolBreakOptions { Name = "Autumn break", Start = "2026-10-12", End = "2026-10-16" }] : [],
    });

    internal static ReflectionFigure Figure(DateOnly date, int minutes, params string[] roles) =>
        new(ReflectionKind.Coaching, roles, minutes, date, date.AddDays(-(((int)date.DayOfWeek + 6) % 7)));

    private static DateOnly Monday(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        Assert.Equal(DayOfWeek.Monday, date.DayOfWeek);
        return date;
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
