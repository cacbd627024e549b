using CoachBot.Bot.Scheduling;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Scheduling;

/// <summary>The job table outlives the process: hosts are built, stopped and rebuilt on one database file.</summary>
public sealed class JobRestartTests
{
    private const string Kind = "test.reminder";
    private static readonly DateTimeOffset Start = new(2026, 9, 14, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Jobs_resume_after_a_restart()
    {
        await using var database = await TempDatabase.CreateAsync();
        var time = new FakeTimeProvider(Start);
        string id;
        using (var before = Host(database, time, new RecordingJobHandler(Kind)))
        {
            await before.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(Ct);
            id = await before.Services.GetRequiredService<IJobScheduler>()
                .ScheduleAsync(Kind, """{"requestId":7}""", Start.AddHours(1), "reminder:7", Ct);
        }

        time.Advance(TimeSpan.FromHours(2));
        var ran = new TaskCompletionSource<JobContext>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingJobHandler(Kind, (context, _) =>
        {
            ran.TrySetResult(context);
            return Task.FromResult(JobOutcome.Done);
        });
        using var after = Host(database, time, handler);
        await after.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(Ct);
        await after.StartAsync(Ct);
        var context = await ran.Task.WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System, Ct);
        await after.StopAsync(Ct);

        Assert.Equal(new JobContext(id, Kind, """{"requestId":7}""", 1, Start.AddHours(1)), context);
        Assert.Equal(JobStatus.Done, (await after.Services.GetRequiredService<SqliteJobStore>().FindAsync(id, Ct))!.Status);
    }

    [Fact]
    public async Task A_job_cut_off_by_a_crash_runs_again_after_the_restart()
    {
        await using var database = await TempDatabase.CreateAsync();
        var time = new FakeTimeProvider(Start);
        string id;
        using (var crashed = Host(database, time, new RecordingJobHandler(Kind)))
        {
            await crashed.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(Ct);
            var store = crashed.Services.GetRequiredService<SqliteJobStore>();
            id = await store.ScheduleAsync(Kind, "{}", Start, null, Ct);
            // The process claims the job and dies before it can record an outcome.
            Assert.Single((await store.ClaimDueAsync(Start, "crashed-process", TimeSpan.FromMinutes(2), 10, 5, Ct)).Claimed);
        }

        var handler = new RecordingJobHandler(Kind);
        using var restarted = Host(database, time, handler);
        var runner = restarted.Services.GetRequiredService<JobRunner>();

        Assert.Equal(0, await runner.RunDueAsync(Start.AddMinutes(1), Ct));
        Assert.Equal(1, await runner.RunDueAsync(Start.AddMinutes(3), Ct));

        Assert.Equal((id, 2), (Assert.Single(handler.Runs).Id, handler.Runs.Single().Attempt));
    }

    [Fact]
    public async Task The_worker_survives_a_failing_tick_and_runs_jobs_at_the_next_one()
    {
        await using var database = await TempDatabase.CreateAsync();
        var time = new FakeTimeProvider(Start);
        var logs = new SignalingLoggerProvider();
        var ran = new TaskCompletionSource<JobContext>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingJobHandler(Kind, (context, _) =>
        {
            ran.TrySetResult(context);
            return Task.FromResult(JobOutcome.Done);
        });
        using var host = Host(database, time, handler, logs);

        // Started before the database has its tables: the first tick fails and is logged.
        await host.StartAsync(Ct);
        await logs.WaitForAsync(4121);
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(Ct);
        var id = await host.Services.GetRequiredService<IJobScheduler>().ScheduleAsync(Kind, "{}", Start, null, Ct);
        time.Advance(TimeSpan.FromSeconds(5));
        var context = await ran.Task.WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System, Ct);
        await host.StopAsync(Ct);

        Assert.Equal(id, context.Id);
    }

    [Fact]
    public async Task Two_handlers_of_one_kind_fail_the_host_at_start_up()
    {
        await using var database = await TempDatabase.CreateAsync(new JobsStorageModule());
        using var host = Host(database, new FakeTimeProvider(Start), new RecordingJobHandler(Kind), extra: new RecordingJobHandler(Kind));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(Ct));

        Assert.Contains($"Two job handlers run the kind '{Kind}'", exception.Message, StringComparison.Ordinal);
    }

    private static IHost Host(TempDatabase database, TimeProvider time, IJobHandler handler, ILoggerProvider? logs = null, IJobHandler? extra = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = database.Folder,
            EnvironmentName = Environments.Development,
        });
        builder.Services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        builder.Services.AddSingleton(time);
        builder.Services.AddOptions<StorageOptions>().Configure(options => options.ConnectionString = database.ConnectionString);
        builder.Services.AddSqliteStorage([new JobsStorageModule()]);
        builder.Services.AddJobs();
        builder.Services.AddSingleton(handler);
        if (extra is not null)
        {
            builder.Services.AddSingleton(extra);
        }

        return builder.Build();
    }
}
