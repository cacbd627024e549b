using CoachBot.Cards.Views.Nudges;
using CoachBot.Dialogs.Features.Nudges;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.Nudges;

/// <summary>When weekly nudges come: on the coach's day and time on their own clock, only on school days, DST included.</summary>
public sealed class NudgeScheduleTests : IDisposable
{
    private static readonly NudgeSchedule Default = new("coach");

    private readonly NudgesWorld _world = new();

    private static NudgePlanner Planner(params SchoolBreakOptions[] breaks) =>
        new(new SchoolCalendar(new SchoolOptions { Breaks = [.. breaks] }), Options.Create(new NudgesOptions()));

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Europe/Oslo", 7, 0)]
    [InlineData("America/Los_Angeles", 16, 0)]
    [InlineData("Asia/Kolkata", 2, 30)]
    public async Task ByDefault_TheFirstSchoolDayOfTheWeekAt0800OnTheCoachsClock(string zone, int hour, int minute)
    {
        _world.Seed(ChatUser.Alice, "Parent workshops");

        await _world.Chat(ChatUser.Alice, zone).Send("hello");

        var schedule = await _world.ScheduleAsync(ChatUser.Alice);
        Assert.NotNull(schedule);
        Assert.Equal(Utc(2026, 11, 30, hour, minute), schedule.NextDue);
        Assert.Equal(zone, schedule.ZoneId);
    }

    [Theory]
    [InlineData("Europe/Oslo", "2026-10-17", "2026-10-19T06:00:00Z")] // summer time (CEST, +2)
    [InlineData("Europe/Oslo", "2026-10-24", "2026-10-26T07:00:00Z")] // the clocks went back on Sunday 25 October (CET, +1)
    [InlineData("Europe/Oslo", "2027-03-20", "2027-03-22T07:00:00Z")]
    [InlineData("Europe/Oslo", "2027-03-27", "2027-03-29T06:00:00Z")] // the clocks went forward on Sunday 28 March
    [InlineData("America/Los_Angeles", "2026-10-24", "2026-10-26T15:00:00Z")] // PDT, -7
    [InlineData("America/Los_Angeles", "2026-10-31", "2026-11-02T16:00:00Z")] // PST from Sunday 1 November, -8
    [InlineData("America/Los_Angeles", "2027-03-13", "2027-03-15T15:00:00Z")] // PDT from Sunday 14 March
    [InlineData("Asia/Kolkata", "2027-03-27", "2027-03-29T02:30:00Z")] // no daylight saving
    public void BothDaylightSavingWeeks_KeepTheLocalTime(string zone, string saturday, string expected)
    {
        var after = new DateTimeOffset(DateOnly.Parse(saturday, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

        var plan = Planner().Next(Default, Zone(zone), after);

        Assert.NotNull(plan);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), plan.Due);
    }

    [Fact]
    public void ABreak_MovesTheNudgeToTheNextSchoolDay_AndAWeekAllBreakHasNone()
    {
        var planner = Planner(
            new SchoolBreakOptions { Name = "Teacher day", Start = "2026-12-07", End = "2026-12-07" },
            new SchoolBreakOptions { Name = "Winter break", Start = "2026-12-19", End = "2027-01-03" });
        var oslo = Zone("Europe/Oslo");

        var holiday = planner.Next(Default, oslo, Utc(2026, 12, 5, 12));
        Assert.Equal(new NudgePlan(new DateOnly(2026, 12, 7), Utc(2026, 12, 8, 7)), holiday); // Tuesday, same school week

        var afterBreak = planner.Next(Default with { LastWeek = new DateOnly(2026, 12, 14) }, oslo, Utc(2026, 12, 14, 12));
        Assert.Equal(new NudgePlan(new DateOnly(2027, 1, 4), Utc(2027, 1, 4, 7)), afterBreak);
    }

    [Fact]
    public void AFridayHoliday_MovesToMonday_AndThatWeekGetsOneNudge()
    {
        var planner = Planner(new SchoolBreakOptions { Name = "Holiday", Start = "2026-12-04", End = "2026-12-04" });
        var oslo = Zone("Europe/Oslo");
        var friday = Default with { Day = DayOfWeek.Friday, Time = new TimeOnly(14, 0) };

        var moved = planner.Next(friday, oslo, Utc(2026, 12, 1, 12));
        Assert.Equal(new NudgePlan(new DateOnly(2026, 12, 7), Utc(2026, 12, 7, 13)), moved);

        var next = planner.Next(friday with { LastWeek = moved!.Week }, oslo, moved.Due);
        Assert.Equal(new NudgePlan(new DateOnly(2026, 12, 14), Utc(2026, 12, 18, 13)), next);
    }

    [Fact]
    public async Task NudgeTime_ChangesTheDayAndTime_AndTheCardShowsIt()
    {
        var goal = _world.Seed(ChatUser.Alice, "Parent workshops");

        await _world.Chat(ChatUser.Alice)
            .Send("nudge time Friday 14:00")
            .ExpectTextContaining("Nudges come on Fridays at 14:00 (Europe/Oslo time)")
            .Send("nudge time Saturday 10:00")
            .ExpectTextContaining("Saturday isn't a school day")
            .Send("nudge time whenever")
            .ExpectTextContaining("nudge time Friday 14:00")
            .Then(_world.RunJobsAt(Utc(2026, 12, 4, 13)))
            .ExpectCard(NudgeCard.Kind, card =>
            {
                CardAssert.Contains(card, "Week 18 of the school year");
                CardAssert.Contains(card, goal.Title);
                CardAssert.Contains(card, "Nudges come on Fridays at 14:00 (Europe/Oslo time)");
            })
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task AZoneChange_PlansThePendingNudgeAgain()
    {
        _world.Seed(ChatUser.Alice, "Parent workshops");
        await _world.Chat(ChatUser.Alice).Send("hello");
        Assert.Equal(Utc(2026, 11, 30, 7), (await _world.ScheduleAsync(ChatUser.Alice))!.NextDue);

        await _world.Chat(ChatUser.Alice).Send("timezone America/Los_Angeles");
        Assert.Equal(Utc(2026, 11, 30, 16), (await _world.ScheduleAsync(ChatUser.Alice))!.NextDue);

        Assert.Empty(await _world.RunJobsAtAsync(Utc(2026, 11, 30, 7)));
        var sent = await _world.RunJobsAtAsync(Utc(2026, 11, 30, 16));
        Assert.Equal(NudgeCard.Kind, Assert.Single(sent).CardKind);
    }

    [Fact]
    public async Task BotDownAtTheDueTime_BackTheSameLocalDay_SendsIt()
    {
        _world.Seed(ChatUser.Alice, "Parent workshops");
        await _world.Chat(ChatUser.Alice).Send("hello");

        var sent = await _world.RunJobsAtAsync(Utc(2026, 11, 30, 15)); // 16:00 in Oslo, the same Monday

        Assert.Equal(NudgeCard.Kind, Assert.Single(sent).CardKind);
        var schedule = await _world.ScheduleAsync(ChatUser.Alice);
        Assert.Equal(0, schedule!.Missed);
        Assert.Equal(Utc(2026, 12, 7, 7), schedule.NextDue);
    }

    [Fact]
    public async Task BotDownAtTheDueTime_BackTheNextDay_SkipsThatWeekAndCountsIt()
    {
        _world.Seed(ChatUser.Alice, "Parent workshops");
        await _world.Chat(ChatUser.Alice).Send("hello");

        Assert.Empty(await _world.RunJobsAtAsync(Utc(2026, 12, 1, 7)));

        var schedule = await _world.ScheduleAsync(ChatUser.Alice);
        Assert.Equal(1, schedule!.Missed);
        Assert.Equal(Utc(2026, 12, 7, 7), schedule.NextDue);
        var row = await _world.Store.FindSentAsync(ChatUser.Alice.AadObjectId, new DateOnly(2026, 11, 30), NudgeKind.Weekly, TestContext.Current.CancellationToken);
        Assert.Equal("skipped", row!.Status);
    }

    [Fact]
    public async Task PauseAndResume_StopAndRestartTheNudges()
    {
        _world.Seed(ChatUser.Alice, "Parent workshops");

        await _world.Chat(ChatUser.Alice)
            .Send("pause nudges").ExpectTextContaining("Nudges paused")
            .Then(_world.RunJobsAt(Utc(2026, 11, 30, 7)))
            .ExpectNoMoreReplies()
            .Send("resume nudges").ExpectTextContaining("Nudges are back on")
            .Then(_world.RunJobsAt(Utc(2026, 12, 7, 7)))
            .ExpectCard(NudgeCard.Kind)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task NoActiveGoals_NoNudge_AndNextWeekIsPlanned()
    {
        await _world.Chat(ChatUser.Alice).Send("hello");

        Assert.Empty(await _world.RunJobsAtAsync(Utc(2026, 11, 30, 7)));
        Assert.Equal(Utc(2026, 12, 7, 7), (await _world.ScheduleAsync(ChatUser.Alice))!.NextDue);
    }

    [Fact]
    public async Task ACoachNoLongerACoach_GetsNoNudge_UntilTheyWriteAsACoachAgain()
    {
        _world.Seed(ChatUser.Bob, "Parent workshops");
        await _world.Chat(ChatUser.Bob).Send("hello");
        var roster = _world.Get<IRosterStore>();
        await roster.RevokeAsync(ChatUser.Bob.AadObjectId, CoachingRole.Coach, "test", NudgesWorld.Sunday, keepOneAdmin: false, TestContext.Current.CancellationToken);

        Assert.Empty(await _world.RunJobsAtAsync(Utc(2026, 11, 30, 7)));
        Assert.Null((await _world.ScheduleAsync(ChatUser.Bob))!.NextDue);
        await _world.Chat(ChatUser.Bob).Send("hello");
        Assert.Null((await _world.ScheduleAsync(ChatUser.Bob))!.NextDue);

        await roster.GrantAsync(new RosterMember(ChatUser.Bob.AadObjectId, ChatUser.Bob.Id, ChatUser.Bob.Name), CoachingRole.Coach, "test", NudgesWorld.Sunday,
            TestContext.Current.CancellationToken);
        await _world.Chat(ChatUser.Bob).Send("hello again");
        Assert.Equal(Utc(2026, 12, 7, 7), (await _world.ScheduleAsync(ChatUser.Bob))!.NextDue);
    }

    [Fact]
    public async Task ATeacher_GetsNoSchedule_AndIsToldWhatNudgesAreFor()
    {
        await _world.Chat(ChatUser.Carol)
            .Send("pause nudges").ExpectTextContaining("Weekly nudges are for coaches");

        Assert.Null(await _world.ScheduleAsync(ChatUser.Carol));
    }

    public void Dispose() => _world.Dispose();
}
