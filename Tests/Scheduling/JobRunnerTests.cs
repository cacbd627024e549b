using CoachBot.Bot.Scheduling;
using CoachBot.Dialogs.Scheduling;

namespace CoachBot.Tests.Scheduling;

public sealed class JobRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_job_runs_once_when_due_and_not_before()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var handler = new RecordingJobHandler("test.reminder");
        var runner = jobs.Runner(handler);
        var id = await jobs.ScheduleAsync("test.reminder", TimeSpan.FromMinutes(10), payloadJson: """{"requestId":42}""");

        Assert.Equal(0, await jobs.RunDueAsync(runner));
        jobs.Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await jobs.RunDueAsync(runner));
        jobs.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await jobs.RunDueAsync(runner));
        Assert.Equal(0, await jobs.RunDueAsync(runner));

        var run = Assert.Single(handler.Runs);
        Assert.Equal(new JobContext(id, "test.reminder", """{"requestId":42}""", 1, JobsFixture.Start.AddMinutes(10)), run);
        var job = await jobs.JobAsync(id);
        Assert.Equal((JobStatus.Done, 1, null, null), (job.Status, job.Attempts, job.LeaseOwner, job.LeaseUntil));
    }

    [Fact]
    public async Task Due_jobs_run_oldest_first_in_batches()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        jobs.Options.BatchSize = 2;
        var handler = new RecordingJobHandler("test.batch");
        var runner = jobs.Runner(handler);
        var third = await jobs.ScheduleAsync("test.batch", TimeSpan.FromMinutes(3));
        var first = await jobs.ScheduleAsync("test.batch", TimeSpan.FromMinutes(1));
        var second = await jobs.ScheduleAsync("test.batch", TimeSpan.FromMinutes(2));
        jobs.Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(2, await jobs.RunDueAsync(runner));
        Assert.Equal(1, await jobs.RunDueAsync(runner));

        Assert.Equal([first, second, third], handler.Runs.Select(run => run.Id));
    }

    [Fact]
    public async Task A_leased_job_is_not_run_by_a_second_runner_on_the_same_database()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var release = new TaskCompletionSource<JobOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new RecordingJobHandler("test.slow", (_, _) =>
        {
            started.TrySetResult();
            return release.Task;
        });
        var other = new RecordingJobHandler("test.slow");
        var firstRunner = jobs.Runner(slow);
        var secondRunner = jobs.Runner([other], jobs.Database.Open());
        var id = await jobs.ScheduleAsync("test.slow", TimeSpan.Zero);

        var running = jobs.RunDueAsync(firstRunner);
        await started.Task.WaitAsync(Ct);
        var secondClaimed = await jobs.RunDueAsync(secondRunner);
        var whileRunning = await jobs.JobAsync(id);
        release.SetResult(JobOutcome.Done);
        await running;

        Assert.Equal(0, secondClaimed);
        Assert.Empty(other.Runs);
        Assert.Equal((JobStatus.Running, firstRunner.Owner, JobsFixture.Start + jobs.Options.LeaseDuration),
            (whileRunning.Status, whileRunning.LeaseOwner, whileRunning.LeaseUntil));
        Assert.Equal(JobStatus.Done, (await jobs.JobAsync(id)).Status);
    }

    [Fact]
    public async Task Two_runners_racing_on_the_same_database_run_every_job_exactly_once()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        jobs.Options.BatchSize = 3;
        var first = new RecordingJobHandler("test.race");
        var second = new RecordingJobHandler("test.race");
        var runners = new[] { jobs.Runner(first), jobs.Runner([second], jobs.Database.Open()) };
        var ids = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add(await jobs.ScheduleAsync("test.race", TimeSpan.FromSeconds(i % 5)));
        }

        jobs.Time.Advance(TimeSpan.FromMinutes(1));
        await Task.WhenAll(runners.Select(runner => Task.Run(async () =>
        {
            while (await jobs.RunDueAsync(runner) > 0)
            {
            }
        }, Ct)));

        var ran = first.Runs.Concat(second.Runs).Select(run => run.Id).ToList();
        Assert.Equal(ids.Order(), ran.Order());
    }

    [Fact]
    public async Task A_job_whose_runner_died_is_run_again_once_its_lease_runs_out()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var handler = new RecordingJobHandler("test.crash");
        var runner = jobs.Runner(handler);
        var id = await jobs.ScheduleAsync("test.crash", TimeSpan.Zero);
        // A runner in another process claims the job and dies before recording anything.
        var dead = await jobs.Store.ClaimDueAsync(jobs.Time.GetUtcNow(), "dead-process", jobs.Options.LeaseDuration, 10, jobs.Options.MaxAttempts, Ct);
        var deadJob = Assert.Single(dead.Claimed);

        Assert.Equal(0, await jobs.RunDueAsync(runner));
        jobs.Time.Advance(jobs.Options.LeaseDuration + TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await jobs.RunDueAsync(runner));

        Assert.Equal(2, Assert.Single(handler.Runs).Attempt);
        Assert.Equal(JobStatus.Done, (await jobs.JobAsync(id)).Status);
        // The dead runner's late word no longer counts: its lease was taken over.
        Assert.False(await jobs.Store.FinishAsync(deadJob, "dead-process", false, "late", jobs.Time.GetUtcNow(), Ct));
        Assert.Equal(JobStatus.Done, (await jobs.JobAsync(id)).Status);
    }

    [Fact]
    public async Task A_job_that_keeps_dying_with_its_runner_is_failed_after_the_last_attempt()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        jobs.Options.MaxAttempts = 2;
        var handler = new RecordingJobHandler("test.poison");
        var runner = jobs.Runner(handler);
        var id = await jobs.ScheduleAsync("test.poison", TimeSpan.Zero);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            await jobs.Store.ClaimDueAsync(jobs.Time.GetUtcNow(), "dead-process", jobs.Options.LeaseDuration, 10, jobs.Options.MaxAttempts, Ct);
            jobs.Time.Advance(jobs.Options.LeaseDuration + TimeSpan.FromSeconds(1));
        }

        Assert.Equal(0, await jobs.RunDueAsync(runner));

        Assert.Empty(handler.Runs);
        var job = await jobs.JobAsync(id);
        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.StartsWith("The lease ran out during attempt 2", job.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throwing_handler_is_retried_after_a_back_off_and_then_succeeds()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var handler = new RecordingJobHandler("test.flaky", (context, _) =>
            context.Attempt == 1 ? throw new HttpRequestException("Teams said 503") : Task.FromResult(JobOutcome.Done));
        var runner = jobs.Runner(handler);
        var id = await jobs.ScheduleAsync("test.flaky", TimeSpan.Zero);

        await jobs.RunDueAsync(runner);
        var afterFailure = await jobs.JobAsync(id);
        jobs.Time.Advance(jobs.Options.RetryBaseDelay - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await jobs.RunDueAsync(runner));
        jobs.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await jobs.RunDueAsync(runner));

        Assert.Equal((JobStatus.Pending, 1, JobsFixture.Start + TimeSpan.FromSeconds(30)), (afterFailure.Status, afterFailure.Attempts, afterFailure.DueAt));
        Assert.Equal("HttpRequestException: Teams said 503", afterFailure.LastError);
        Assert.Equal([1, 2], handler.Runs.Select(run => run.Attempt));
        Assert.Equal(JobStatus.Done, (await jobs.JobAsync(id)).Status);
    }

    [Fact]
    public async Task A_job_that_keeps_failing_is_marked_failed_after_the_maximum_attempts()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        jobs.Options.MaxAttempts = 3;
        var handler = new RecordingJobHandler("test.broken", (_, _) => throw new InvalidOperationException("boom"));
        var runner = jobs.Runner(handler);
        var id = await jobs.ScheduleAsync("test.broken", TimeSpan.Zero);

        var dueTimes = new List<DateTimeOffset>();
        for (var i = 0; i < 10; i++)
        {
            await jobs.RunDueAsync(runner);
            dueTimes.Add((await jobs.JobAsync(id)).DueAt);
            jobs.Time.Advance(TimeSpan.FromMinutes(5));
        }

        var job = await jobs.JobAsync(id);
        Assert.Equal(3, handler.Runs.Count);
        Assert.Equal((JobStatus.Failed, 3), (job.Status, job.Attempts));
        Assert.Equal("Gave up after 3 attempts. Last error: InvalidOperationException: boom", job.LastError);
        // Back-off: 30 s after the first attempt, 60 s after the second (each from the time it ran).
        Assert.Equal(JobsFixture.Start + TimeSpan.FromSeconds(30), dueTimes[0]);
        Assert.Equal(JobsFixture.Start + TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(60), dueTimes[1]);
    }

    [Fact]
    public async Task Back_off_doubles_and_is_capped()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var runner = jobs.Runner();

        Assert.Equal(
            [TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), TimeSpan.FromHours(1), TimeSpan.FromHours(1)],
            new[] { 1, 2, 3, 8, 1000 }.Select(runner.BackoffAfter));
    }

    [Fact]
    public async Task RetryLater_counts_toward_the_limit_but_RetryAt_is_the_handlers_call()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        jobs.Options.MaxAttempts = 2;
        var later = new RecordingJobHandler("test.later", (_, _) => Task.FromResult(JobOutcome.RetryLater("not yet")));
        var at = new RecordingJobHandler("test.at", (context, _) => Task.FromResult(JobOutcome.RetryAt(context.DueAt.AddDays(1), "outside school hours")));
        var runner = jobs.Runner(later, at);
        var laterId = await jobs.ScheduleAsync("test.later", TimeSpan.Zero);
        var atId = await jobs.ScheduleAsync("test.at", TimeSpan.Zero);

        for (var day = 0; day < 3; day++)
        {
            await jobs.RunDueAsync(runner);
            jobs.Time.Advance(TimeSpan.FromDays(1));
        }

        var laterJob = await jobs.JobAsync(laterId);
        var atJob = await jobs.JobAsync(atId);
        Assert.Equal((JobStatus.Failed, "Gave up after 2 attempts. Last error: not yet"), (laterJob.Status, laterJob.LastError));
        Assert.Equal((JobStatus.Pending, 3, JobsFixture.Start.AddDays(3), "outside school hours"), (atJob.Status, atJob.Attempts, atJob.DueAt, atJob.LastError));
    }

    [Fact]
    public async Task A_failed_outcome_is_final()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var handler = new RecordingJobHandler("test.gone", (_, _) => Task.FromResult(JobOutcome.Failed("The request was deleted.")));
        var runner = jobs.Runner(handler);
        var id = await jobs.ScheduleAsync("test.gone", TimeSpan.Zero);

        await jobs.RunDueAsync(runner);
        jobs.Time.Advance(TimeSpan.FromDays(1));
        await jobs.RunDueAsync(runner);

        Assert.Single(handler.Runs);
        var job = await jobs.JobAsync(id);
        Assert.Equal((JobStatus.Failed, "The request was deleted."), (job.Status, job.LastError));
    }

    [Fact]
    public async Task Scheduling_with_the_same_dedupe_key_replaces_the_pending_job()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var handler = new RecordingJobHandler("test.nudge");
        var runner = jobs.Runner(handler);

        var first = await jobs.ScheduleAsync("test.nudge", TimeSpan.FromHours(1), "nudge:alice", """{"text":"old"}""");
        var second = await jobs.ScheduleAsync("test.nudge", TimeSpan.FromHours(2), "nudge:alice", """{"text":"new"}""");
        var bob = await jobs.ScheduleAsync("test.nudge", TimeSpan.FromHours(1), "nudge:bob");
        jobs.Time.Advance(TimeSpan.FromHours(1));
        await jobs.RunDueAsync(runner);
        jobs.Time.Advance(TimeSpan.FromHours(1));
        await jobs.RunDueAsync(runner);

        Assert.Equal(first, second);
        Assert.NotEqual(first, bob);
        Assert.Equal([(bob, "{}"), (first, """{"text":"new"}""")], handler.Runs.Select(run => (run.Id, run.PayloadJson)));
        Assert.Single(await jobs.Store.FindByDedupeKeyAsync("nudge:alice", Ct));
    }

    [Fact]
    public async Task A_done_job_does_not_block_a_new_one_with_the_same_dedupe_key()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var handler = new RecordingJobHandler("test.weekly");
        var runner = jobs.Runner(handler);
        var first = await jobs.ScheduleAsync("test.weekly", TimeSpan.Zero, "weekly:alice");
        await jobs.RunDueAsync(runner);

        var second = await jobs.ScheduleAsync("test.weekly", TimeSpan.FromDays(7), "weekly:alice");

        Assert.NotEqual(first, second);
        Assert.Equal(JobStatus.Pending, (await jobs.JobAsync(second)).Status);
    }

    [Fact]
    public async Task Cancelling_by_dedupe_key_stops_the_pending_job()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var handler = new RecordingJobHandler("test.reminder");
        var runner = jobs.Runner(handler);
        var id = await jobs.ScheduleAsync("test.reminder", TimeSpan.FromMinutes(5), "reminder:request-7");

        Assert.True(await jobs.Store.CancelAsync("reminder:request-7", Ct));
        Assert.False(await jobs.Store.CancelAsync("reminder:request-7", Ct));
        Assert.False(await jobs.Store.CancelAsync("reminder:unknown", Ct));
        jobs.Time.Advance(TimeSpan.FromHours(1));
        await jobs.RunDueAsync(runner);

        Assert.Empty(handler.Runs);
        Assert.Equal(JobStatus.Cancelled, (await jobs.JobAsync(id)).Status);
    }

    [Fact]
    public async Task A_job_of_an_unknown_kind_fails_with_a_clear_error_and_the_others_still_run()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var handler = new RecordingJobHandler("test.known");
        var runner = jobs.Runner(handler);
        var unknown = await jobs.ScheduleAsync("feature.removed", TimeSpan.Zero);
        var known = await jobs.ScheduleAsync("test.known", TimeSpan.FromSeconds(1));
        jobs.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(2, await jobs.RunDueAsync(runner));

        var job = await jobs.JobAsync(unknown);
        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Equal("No job handler runs the kind 'feature.removed' (its feature is not registered in this build).", job.LastError);
        Assert.Equal(known, Assert.Single(handler.Runs).Id);
    }

    [Fact]
    public async Task Two_handlers_of_one_kind_stop_start_up()
    {
        await using var jobs = await JobsFixture.CreateAsync();

        var exception = Assert.Throws<InvalidOperationException>(() =>
            jobs.Runner(new RecordingJobHandler("test.same"), new RecordingJobHandler("test.same")));

        Assert.Contains("Two job handlers run the kind 'test.same'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_that_outlives_its_lease_is_cancelled_and_retried()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingJobHandler("test.hang", async (_, cancellationToken) =>
        {
            started.TrySetResult();
            await Task.Delay(TimeSpan.FromHours(1), jobs.Time, cancellationToken);
            return JobOutcome.Done;
        });
        var runner = jobs.Runner(handler);
        var id = await jobs.ScheduleAsync("test.hang", TimeSpan.Zero);

        var running = jobs.RunDueAsync(runner);
        await started.Task.WaitAsync(Ct);
        jobs.Time.Advance(jobs.Options.LeaseDuration);
        await running;

        var job = await jobs.JobAsync(id);
        Assert.Equal(JobStatus.Pending, job.Status);
        Assert.Equal("The run took longer than the lease (00:02:00) and was cancelled.", job.LastError);
    }

    [Fact]
    public async Task Jobs_claimed_when_the_host_stops_are_handed_back_without_counting_the_attempt()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        jobs.Options.MaxConcurrency = 1; // the second job is claimed but waits for the first: it is handed back unstarted
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingJobHandler("test.stop", async (_, cancellationToken) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, jobs.Time, cancellationToken);
            return JobOutcome.Done;
        });
        var runner = jobs.Runner(handler);
        var first = await jobs.ScheduleAsync("test.stop", TimeSpan.Zero);
        var second = await jobs.ScheduleAsync("test.stop", TimeSpan.Zero);

        var running = runner.RunDueAsync(jobs.Time.GetUtcNow(), stopping.Token);
        await started.Task.WaitAsync(Ct);
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        foreach (var id in new[] { first, second })
        {
            var job = await jobs.JobAsync(id);
            Assert.Equal((JobStatus.Pending, 0, null), (job.Status, job.Attempts, job.LeaseOwner));
        }

        Assert.Single(handler.Runs);
    }

    [Fact]
    public async Task A_retry_gives_way_to_a_newer_job_with_the_same_dedupe_key()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fail = new TaskCompletionSource<JobOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingJobHandler("test.nudge", (_, _) =>
        {
            started.TrySetResult();
            return fail.Task;
        });
        var runner = jobs.Runner(handler);
        var old = await jobs.ScheduleAsync("test.nudge", TimeSpan.Zero, "nudge:alice");

        var running = jobs.RunDueAsync(runner);
        await started.Task.WaitAsync(Ct);
        var newer = await jobs.ScheduleAsync("test.nudge", TimeSpan.FromDays(1), "nudge:alice", """{"v":2}""");
        fail.SetResult(JobOutcome.RetryLater("busy"));
        await running;

        Assert.NotEqual(old, newer);
        Assert.Equal(JobStatus.Cancelled, (await jobs.JobAsync(old)).Status);
        Assert.Equal(JobStatus.Pending, (await jobs.JobAsync(newer)).Status);
    }

    [Fact]
    public async Task Finished_jobs_are_deleted_after_the_keep_time()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var runner = jobs.Runner(new RecordingJobHandler("test.old"));
        var old = await jobs.ScheduleAsync("test.old", TimeSpan.Zero);
        await jobs.RunDueAsync(runner);
        var pending = await jobs.ScheduleAsync("test.old", TimeSpan.FromDays(365));

        jobs.Time.Advance(jobs.Options.KeepFinishedFor + TimeSpan.FromHours(1));
        await jobs.RunDueAsync(runner);

        Assert.Null(await jobs.Store.FindAsync(old, Ct));
        Assert.NotNull(await jobs.Store.FindAsync(pending, Ct));
    }

    [Theory]
    [InlineData("", "{}", null)]
    [InlineData("test.kind", "not json", null)]
    [InlineData("test.kind", "{}", "  ")]
    public async Task Scheduling_rejects_a_blank_kind_a_non_JSON_payload_or_a_blank_dedupe_key(string kind, string payload, string? dedupeKey)
    {
        await using var jobs = await JobsFixture.CreateAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => jobs.Store.ScheduleAsync(kind, payload, jobs.Time.GetUtcNow(), dedupeKey, Ct));
    }
}
