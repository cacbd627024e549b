using System.Text.Json;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.Scheduling;

namespace CoachBot.Tests.Scheduling;

/// <summary>A weekly nudge that reschedules itself, driven by a fake clock through daylight-saving changes.</summary>
public sealed class WeeklyScheduleTests
{
    private const string Kind = "test.weekly-nudge";

    [Theory]
    [InlineData("Europe/Oslo", "2026-03-16")] // summer time starts 29 March
    [InlineData("America/New_York", "2026-10-19")] // standard time returns 1 November
    [InlineData("Australia/Sydney", "2026-09-21")] // daylight time starts 4 October
    public async Task A_weekly_nudge_fires_every_Monday_at_nine_local_time_across_the_clock_change(string zoneId, string firstMonday)
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var nine = new TimeOnly(9, 0);
        var fired = new List<DateTimeOffset>();
        var handler = new RecordingJobHandler(Kind, async (context, cancellationToken) =>
        {
            fired.Add(jobs.Time.GetUtcNow());
            var payload = JsonSerializer.Deserialize<NudgePayload>(context.PayloadJson)!;
            var next = SchoolCalendar.NextWeeklyOccurrence(DayOfWeek.Monday, nine, TimeZoneInfo.FindSystemTimeZoneById(payload.Zone), context.DueAt);
            await jobs.Store.ScheduleAsync(Kind, context.PayloadJson, next, "weekly:alice", cancellationToken);
            return JobOutcome.Done;
        });
        var runner = jobs.Runner(handler);
        var first = ZonedTime.ToInstant(DateOnly.Parse(firstMonday, System.Globalization.CultureInfo.InvariantCulture), nine, zone);
        jobs.Time.SetUtcNow(first.AddDays(-1));
        await jobs.Store.ScheduleAsync(Kind, JsonSerializer.Serialize(new NudgePayload(zoneId)), first, "weekly:alice", TestContext.Current.CancellationToken);

        for (var hour = 0; hour < 24 * 7 * 4; hour++)
        {
            jobs.Time.Advance(TimeSpan.FromHours(1));
            await jobs.RunDueAsync(runner);
        }

        Assert.Equal(4, fired.Count);
        Assert.All(fired, at =>
        {
            var local = TimeZoneInfo.ConvertTime(at, zone);
            Assert.Equal((DayOfWeek.Monday, nine), (local.DayOfWeek, TimeOnly.FromDateTime(local.DateTime)));
        });
        Assert.Equal(2, fired.Select(at => TimeZoneInfo.ConvertTime(at, zone).Offset).Distinct().Count());
    }

    private sealed record NudgePayload(string Zone);
}
