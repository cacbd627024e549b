using CoachBot.Bot.Pipeline;
using CoachBot.Bot.Scheduling;
using CoachBot.Tests.Requests;

namespace CoachBot.Tests.Hosting;

/// <summary>
/// The records kept to answer Teams' redeliveries (with the invoke answers, which can show what someone wrote) are deleted
/// once past <c>Bot:RedeliveryWindow</c>, by an hourly job the host schedules at start-up — not kept forever.
/// </summary>
public sealed class ProcessedActivityPurgeTests : IDisposable
{
    private readonly SchoolWorld _world = new(overHttp: true, jobsOnlyWhenRun: true);

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task RecordsPastTheRedeliveryWindow_AreDeletedByTheHourlyJob_AndNewerOnesStay()
    {
        var ct = TestContext.Current.CancellationToken;
        var processed = _world.Get<IProcessedActivityStore>();
        var runner = _world.Get<JobRunner>();
        await processed.RecordAsync(new FinishedTurn("msteams", "a:old", "1", 200, """{"card":"what Alice wrote"}""", []), ct);

        // 23 hours later: still inside the 24-hour window, so the redelivery is still recognised.
        _world.Time.Advance(TimeSpan.FromHours(23));
        await processed.RecordAsync(new FinishedTurn("msteams", "a:new", "2", null, null, []), ct);
        await RunDueJobsAsync(runner);
        Assert.NotNull(await processed.FindAsync("msteams", "a:old", "1", DateTimeOffset.MinValue, ct));

        // Past the window: the next hourly run deletes the old record and keeps the newer one.
        _world.Time.Advance(TimeSpan.FromHours(2));
        await RunDueJobsAsync(runner);
        Assert.Null(await processed.FindAsync("msteams", "a:old", "1", DateTimeOffset.MinValue, ct));
        Assert.NotNull(await processed.FindAsync("msteams", "a:new", "2", DateTimeOffset.MinValue, ct));

        // And a day later the job is still running, hourly.
        _world.Time.Advance(TimeSpan.FromHours(23));
        await RunDueJobsAsync(runner);
        Assert.Null(await processed.FindAsync("msteams", "a:new", "2", DateTimeOffset.MinValue, ct));
    }

    private async Task RunDueJobsAsync(JobRunner runner)
    {
        while (await runner.RunDueAsync(_world.Time.GetUtcNow(), TestContext.Current.CancellationToken) > 0)
        {
        }
    }
}
