using CoachBot.Bot.Scheduling;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Tests.Scheduling;

/// <summary>
/// Several jobs in flight at once, never more than <c>Jobs:MaxConcurrency</c>, never two of one dedupe key; the worker
/// goes on while batches come back full and wakes when the next job is due.
/// </summary>
public sealed class JobConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Several_jobs_run_at_once_but_never_more_than_MaxConcurrency()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        jobs.Options.MaxConcurrency = 3;
        jobs.Options.BatchSize = 10;
        var gate = new TaskCompletionSource<JobOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new SemaphoreSlim(0);
        var inFlight = 0;
        var most = 0;
        var handler = new RecordingJobHandler("test.wait", async (_, _) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            started.Release();
            var outcome = await gate.Task;
            Interlocked.Decrement(ref inFlight);
            return outcome;
        });
        var runner = jobs.Runner(handler);
        for (var i = 0; i < 10; i++)
        {
            await jobs.ScheduleAsync("test.wait", TimeSpan.Zero);
        }

        var running = jobs.RunDueAsync(runner);
        for (var i = 0; i < 3; i++)
        {
            await started.WaitAsync(Ct);
        }

        // Three wait together; the other seven are claimed but start only as those end.
        Assert.Equal(3, handler.Runs.Count);
        Assert.False(running.IsCompleted);
        gate.SetResult(JobOutcome.Done);
        Assert.Equal(10, await running);

        Assert.Equal(10, handler.Runs.Count);
        Assert.Equal(3, most);
    }

    [Fact]
    public async Task A_job_is_not_claimed_while_another_job_with_its_dedupe_key_runs()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var release = new TaskCompletionSource<JobOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = new RecordingJobHandler("test.keyed", (_, _) =>
        {
            started.TrySetResult();
            return release.Task;
        });
        var second = new RecordingJobHandler("test.keyed");
        var firstRunner = jobs.Runner(first);
        var secondRunner = jobs.Runner([second], jobs.Database.Open());
        var old = await jobs.ScheduleAsync("test.keyed", TimeSpan.Zero, "coach:alice");
        var unkeyed = await jobs.ScheduleAsync("test.keyed", TimeSpan.Zero);

        var running = firstRunner.RunDueAsync(jobs.Time.GetUtcNow(), Ct);
        await started.Task.WaitAsync(Ct);
        // While it runs, the same key is scheduled again and due at once (a running job is left to finish, so this is a
        // second row): neither this runner nor another on the database may start it.
        var newer = await jobs.ScheduleAsync("test.keyed", TimeSpan.Zero, "coach:alice");
        Assert.Equal(0, await jobs.RunDueAsync(secondRunner));
        Assert.Equal(0, await jobs.RunDueAsync(firstRunner));

        release.SetResult(JobOutcome.Done);
        Assert.Equal(2, await running);
        Assert.Equal(1, await jobs.RunDueAsync(secondRunner));

        Assert.Equal(new[] { old, unkeyed }.Order(), first.Runs.Select(run => run.Id).Order());
        Assert.Equal(newer, Assert.Single(second.Runs).Id);
    }

    [Fact]
    public async Task A_pending_job_waits_for_a_crashed_run_of_its_key_to_be_taken_over_first()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var handler = new RecordingJobHandler("test.keyed");
        var runner = jobs.Runner(handler);
        var crashed = await jobs.ScheduleAsync("test.keyed", TimeSpan.Zero, "coach:alice");
        Assert.Single((await jobs.Store.ClaimDueAsync(jobs.Time.GetUtcNow(), "dead-process", jobs.Options.LeaseDuration, 10, 5, Ct)).Claimed);
        var newer = await jobs.ScheduleAsync("test.keyed", TimeSpan.Zero, "coach:alice");

        Assert.Equal(0, await jobs.RunDueAsync(runner)); // the dead process still holds the key
        jobs.Time.Advance(jobs.Options.LeaseDuration + TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await jobs.RunDueAsync(runner)); // the crashed run first, alone
        Assert.Equal(1, await jobs.RunDueAsync(runner)); // then the newer one

        Assert.Equal([crashed, newer], handler.Runs.Select(run => run.Id));
    }

    [Fact]
    public async Task Running_while_due_goes_on_while_batches_come_back_full()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        jobs.Options.BatchSize = 2;
        jobs.Options.MaxConcurrency = 2;
        var handler = new RecordingJobHandler("test.many");
        var runner = jobs.Runner(handler);
        for (var i = 0; i < 45; i++)
        {
            await jobs.ScheduleAsync("test.many", TimeSpan.Zero);
        }

        // The old worker stopped after 10 full batches a tick (here 20 jobs) and waited for the next poll.
        Assert.Equal(45, await runner.RunWhileDueAsync(Ct));
        Assert.Equal(45, handler.Runs.Count);
        Assert.Equal(0, await runner.RunWhileDueAsync(Ct));
    }

    [Fact]
    public async Task Running_while_due_also_runs_what_a_finished_job_made_due()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var follow = new RecordingJobHandler("test.follow");
        var first = new RecordingJobHandler("test.first", async (_, cancellationToken) =>
        {
            await jobs.Store.ScheduleAsync("test.follow", "{}", jobs.Time.GetUtcNow(), null, cancellationToken);
            return JobOutcome.Done;
        });
        var runner = jobs.Runner(first, follow);
        await jobs.ScheduleAsync("test.first", TimeSpan.Zero);

        Assert.Equal(2, await runner.RunWhileDueAsync(Ct));
        Assert.Single(follow.Runs);
    }

    [Fact]
    public async Task The_worker_wakes_when_the_next_job_is_due_and_at_the_latest_after_the_poll_interval()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var runner = jobs.Runner(new RecordingJobHandler("test.later"));
        var worker = new JobWorker(runner, Microsoft.Extensions.Options.Options.Create(jobs.Options), jobs.Time, NullLogger<JobWorker>.Instance);
        var now = jobs.Time.GetUtcNow();

        Assert.Equal(now + jobs.Options.PollInterval, await worker.NextRoundAtAsync(now, Ct)); // nothing planned

        await jobs.ScheduleAsync("test.later", TimeSpan.FromSeconds(1.5));
        Assert.Equal(now + TimeSpan.FromSeconds(1.5), await worker.NextRoundAtAsync(now, Ct)); // a retry-at 1.5 s away

        await jobs.ScheduleAsync("test.later", TimeSpan.FromMinutes(10));
        Assert.Equal(now + TimeSpan.FromSeconds(1.5), await worker.NextRoundAtAsync(now, Ct));

        // A lease that runs out before the poll: the round after it takes the job over.
        await jobs.ScheduleAsync("test.later", -TimeSpan.FromMinutes(5));
        Assert.Single((await jobs.Store.ClaimDueAsync(now - TimeSpan.FromMinutes(1.99), "dead-process", jobs.Options.LeaseDuration, 1, 5, Ct)).Claimed);
        Assert.Equal(now + TimeSpan.FromSeconds(0.6) + TimeSpan.FromMilliseconds(1), await worker.NextRoundAtAsync(now, Ct));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var was = Interlocked.CompareExchange(ref target, value, seen);
            if (was == seen)
            {
                return;
            }

            seen = was;
        }
    }

    [Fact]
    public async Task A_job_that_keeps_asking_to_run_again_at_once_waits_for_the_poll_interval_after_a_hundred_runs()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var handler = new RecordingJobHandler("test.again", (_, _) => Task.FromResult(JobOutcome.RetryAt(jobs.Time.GetUtcNow())));
        var chunked = 0;
        var chunks = new RecordingJobHandler("test.chunks", (_, _) =>
            Task.FromResult(Interlocked.Increment(ref chunked) < 30 ? JobOutcome.RetryAt(jobs.Time.GetUtcNow()) : JobOutcome.Done));
        var runner = jobs.Runner(handler, chunks);
        var id = await jobs.ScheduleAsync("test.again", TimeSpan.Zero);
        var chunksId = await jobs.ScheduleAsync("test.chunks", TimeSpan.Zero);

        // The round ends (the clock never moves here, so without the cap it would never end).
        await runner.RunWhileDueAsync(Ct);

        Assert.Equal(JobRunner.MaxRunsAtOncePerRound + 1, handler.Runs.Count);
        var job = await jobs.JobAsync(id);
        Assert.Equal(JobStatus.Pending, job.Status);
        Assert.Equal(jobs.Time.GetUtcNow() + jobs.Options.PollInterval, job.DueAt);

        // A job that works through its data in chunks is not held up.
        Assert.Equal(30, chunks.Runs.Count);
        Assert.Equal(JobStatus.Done, (await jobs.JobAsync(chunksId)).Status);
    }
}
