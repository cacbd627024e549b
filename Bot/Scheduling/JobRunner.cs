using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Scheduling;

/// <summary>
/// Runs due jobs: claims them under a lease, runs each kind's <see cref="IJobHandler"/> and records the outcome.
/// A handler's exception or <see cref="JobOutcome.RetryLater"/> retries with capped exponential back-off until
/// <see cref="JobOptions.MaxAttempts"/>, then fails the job; a job of an unknown kind fails with a clear error. Nothing a
/// handler does escapes <see cref="RunDueAsync"/>; only storage errors do (the worker logs them and carries on).
/// Up to <see cref="JobOptions.MaxConcurrency"/> jobs run at once (a nudge waiting for its slot in Teams' rate budget
/// does not hold up the others); the claim never leases a job whose dedupe key another running job holds.
/// </summary>
public sealed partial class JobRunner
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    /// <summary>
    /// How often one job may ask to run again at once within one round (<see cref="RunWhileDueAsync"/>) before its next run
    /// waits for <see cref="JobOptions.PollInterval"/>: a job that works through its data in chunks goes on, one that asks
    /// again without making progress cannot keep a core busy.
    /// </summary>
    internal const int MaxRunsAtOncePerRound = 100;

    private readonly IJobStore _store;
    private readonly Dictionary<string, IJobHandler> _handlers;
    private readonly JobOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<JobRunner> _logger;
    private DateTimeOffset _nextPurgeAt = DateTimeOffset.MinValue;

    public JobRunner(IJobStore store, IEnumerable<IJobHandler> handlers, IOptions<JobOptions> options, TimeProvider timeProvider, ILogger<JobRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _handlers = new Dictionary<string, IJobHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (string.IsNullOrWhiteSpace(handler.Kind))
            {
                throw new InvalidOperationException($"The job handler {handler.GetType().FullName} has an empty Kind.");
            }

            if (!_handlers.TryAdd(handler.Kind, handler))
            {
                throw new InvalidOperationException(
                    $"Two job handlers run the kind '{handler.Kind}': {_handlers[handler.Kind].GetType().FullName} and {handler.GetType().FullName}. Each kind needs exactly one.");
            }
        }

        Owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    }

    /// <summary>This runner's lease owner name (unique per runner instance).</summary>
    public string Owner { get; }

    /// <summary>The kinds this runner can run.</summary>
    public IReadOnlyCollection<string> Kinds => _handlers.Keys;

    /// <summary>
    /// Claims up to <see cref="JobOptions.BatchSize"/> jobs due at <paramref name="now"/>, runs them (up to
    /// <see cref="JobOptions.MaxConcurrency"/> at once, started oldest due first), and returns how many were claimed.
    /// </summary>
    public Task<int> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        RunPoolAsync(() => now, keepClaiming: false, cancellationToken);

    /// <summary>
    /// Runs due jobs until none is due: up to <see cref="JobOptions.MaxConcurrency"/> at once, claiming the next batch as
    /// soon as the last one has all started and there is room, and looking again each time a job ends (a job it ran may
    /// have made another due). No fixed number of batches: it goes on as long as jobs come due. Returns how many it ran.
    /// </summary>
    public Task<int> RunWhileDueAsync(CancellationToken cancellationToken) =>
        RunPoolAsync(_timeProvider.GetUtcNow, keepClaiming: true, cancellationToken);

    /// <summary>When the worker should look again: the next due time or lease end after <paramref name="now"/>, or null.</summary>
    public Task<DateTimeOffset?> NextDueAfterAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        _store.NextDueAfterAsync(now, cancellationToken);

    /// <summary>
    /// The runner's pool: claimed jobs wait in order in <c>waiting</c> and start as soon as fewer than
    /// <see cref="JobOptions.MaxConcurrency"/> run. Each run records its own outcome (and hands its job back when the host
    /// stops); jobs claimed but not started are handed back here.
    /// </summary>
    private async Task<int> RunPoolAsync(Func<DateTimeOffset> clock, bool keepClaiming, CancellationToken cancellationToken)
    {
        var maxConcurrency = _options.MaxConcurrency;
        var waiting = new Queue<(ClaimedJob Job, DateTimeOffset ClaimedAt)>(); // ClaimedAt on the runner's clock, for the lease
        var running = new List<Task>(maxConcurrency);
        var claimed = 0;
        var claimAgain = true;
        var runsAtOnce = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        try
        {
            while (true)
            {
                if (claimAgain && waiting.Count == 0 && running.Count < maxConcurrency)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var now = clock();
                    var batch = await ClaimAsync(now, cancellationToken);
                    claimed += batch.Count;
                    var claimedAt = _timeProvider.GetUtcNow();
                    foreach (var job in batch)
                    {
                        waiting.Enqueue((job, claimedAt));
                    }

                    // Full: more may be due at once. Otherwise only a job that ends may have made another due.
                    claimAgain = keepClaiming && batch.Count == _options.BatchSize;
                }

                while (waiting.Count > 0 && running.Count < maxConcurrency)
                {
                    var (job, claimedAt) = waiting.Dequeue();
                    running.Add(RunAsync(job, claimedAt, clock, runsAtOnce, cancellationToken));
                }

                if (running.Count == 0)
                {
                    break;
                }

                var ended = await Task.WhenAny(running);
                running.Remove(ended);
                await ended; // storage errors and the host stopping end the pool (below)
                claimAgain |= keepClaiming;
            }
        }
        catch (Exception)
        {
            // The host is stopping or storage failed: let the runs still going end (each records its outcome or hands its
            // job back), then hand back what never started when stopping (else their leases run out).
            try
            {
                await Task.WhenAll(running);
            }
// Their own failures are the same kind as this one, which is rethrown below.
            catch (Exception)
            {
            }

            if (cancellationToken.IsCancellationRequested)
            {
                foreach (var (job, _) in waiting)
                {
                    Log.Released(_logger, job.Kind, job.Id);
                    await RecordAsync(job, _store.ReleaseAsync(job, Owner, clock(), CancellationToken.None));
                }
            }

            throw;
        }

        return claimed;
    }

    private async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now >= _nextPurgeAt)
        {
            _nextPurgeAt = now + PurgeEvery;
            var purged = await _store.PurgeFinishedAsync(now - _options.KeepFinishedFor, cancellationToken);
            if (purged > 0)
            {
                Log.Purged(_logger, purged);
            }
        }

        var claim = await _store.ClaimDueAsync(now, Owner, _options.LeaseDuration, _options.BatchSize, _options.MaxAttempts, cancellationToken);
        foreach (var job in claim.Abandoned)
        {
            Log.LeaseRanOutForGood(_logger, job.Kind, job.Id, job.Attempt);
        }

        return claim.Claimed;
    }

    /// <summary>The wait before the attempt after <paramref name="attempt"/>: base × 2^(attempt−1), capped.</summary>
    public TimeSpan BackoffAfter(int attempt)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ticks = _options.RetryBaseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= _options.RetryMaxDelay.Ticks ? _options.RetryMaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>
    /// Runs one claimed job and records its outcome. The run is cancelled when the job's lease (counted from its claim) runs
    /// out; when the host stops, the job is handed back without counting the attempt and the cancellation is rethrown.
    /// </summary>
    private async Task RunAsync(
        ClaimedJob job,
        DateTimeOffset claimedAt,
        Func<DateTimeOffset> clock,
        System.Collections.Concurrent.ConcurrentDictionary<string, int> runsAtOnce,
        CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(job.Kind, out var handler))
        {
            Log.UnknownKind(_logger, job.Kind, job.Id);
            await RecordAsync(job, _store.FinishAsync(job, Owner, false,
                $"No job handler runs the kind '{job.Kind}' (its feature is not registered in this build).", clock(), CancellationToken.None));
            return;
        }

        JobOutcome outcome;
        var leaseLeft = _options.LeaseDuration - (_timeProvider.GetUtcNow() - claimedAt);
        using (var lease = new CancellationTokenSource(leaseLeft > TimeSpan.Zero ? leaseLeft : TimeSpan.Zero, _timeProvider))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Token))
        {
            try
            {
                outcome = await handler.HandleAsync(new JobContext(job.Id, job.Kind, job.PayloadJson, job.Attempt, job.DueAt), linked.Token)
                    ?? JobOutcome.RetryLater("The handler returned no outcome.");
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The host is stopping: hand the job back without counting the attempt.
                Log.Released(_logger, job.Kind, job.Id);
                await RecordAsync(job, _store.ReleaseAsync(job, Owner, clock(), CancellationToken.None));
                throw;
            }
// A handler's failure of any kind is recorded on its job and must not stop the runner.
            catch (Exception exception)
            {
                var reason = lease.IsCancellationRequested
                    ? $"The run took longer than the lease ({_options.LeaseDuration}) and was cancelled."
                    : $"{exception.GetType().Name}: {exception.Message}";
                Log.HandlerThrew(_logger, exception, job.Kind, job.Id, job.Attempt);
                outcome = JobOutcome.RetryLater(reason);
            }
        }

        await RecordAsync(job, RecordOutcomeAsync(job, outcome, clock(), runsAtOnce));
    }

    private Task<bool> RecordOutcomeAsync(
        ClaimedJob job,
        JobOutcome outcome,
        DateTimeOffset now,
        System.Collections.Concurrent.ConcurrentDictionary<string, int> runsAtOnce)
    {
        switch (outcome.Kind)
        {
            case JobOutcomeKind.Done:
                Log.Done(_logger, job.Kind, job.Id, job.Attempt);
                return _store.FinishAsync(job, Owner, true, null, now, CancellationToken.None);
            case JobOutcomeKind.Failed:
                Log.Failed(_logger, job.Kind, job.Id, job.Attempt, outcome.Reason ?? "");
                return _store.FinishAsync(job, Owner, false, outcome.Reason, now, CancellationToken.None);
            case JobOutcomeKind.RetryAt:
                var at = outcome.NextAttemptAt is { } when && when > now ? when : now;
                if (at == now && runsAtOnce.AddOrUpdate(job.Id, 1, (_, count) => count + 1) > MaxRunsAtOncePerRound)
                {
                    runsAtOnce.TryRemove(job.Id, out _);
                    at = now + _options.PollInterval;
                    Log.RunsAtOnceCapped(_logger, job.Kind, job.Id, MaxRunsAtOncePerRound, at);
                }

                Log.Retrying(_logger, job.Kind, job.Id, job.Attempt, at);
                return _store.RetryAsync(job, Owner, at, outcome.Reason, now, CancellationToken.None);
            default:
                if (job.Attempt >= _options.MaxAttempts)
                {
                    var reason = $"Gave up after {job.Attempt} attempts. Last error: {outcome.Reason ?? "the handler asked to retry."}";
                    Log.Failed(_logger, job.Kind, job.Id, job.Attempt, reason);
                    return _store.FinishAsync(job, Owner, false, reason, now, CancellationToken.None);
                }

                var next = now + BackoffAfter(job.Attempt);
                Log.Retrying(_logger, job.Kind, job.Id, job.Attempt, next);
                return _store.RetryAsync(job, Owner, next, outcome.Reason, now, CancellationToken.None);
        }
    }

    private async Task RecordAsync(ClaimedJob job, Task<bool> write)
    {
        if (!await write)
        {
            Log.LeaseLost(_logger, job.Kind, job.Id, job.Attempt);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Job {Kind} {JobId} done (attempt {Attempt})")]
        public static partial void Done(ILogger logger, string kind, string jobId, int attempt);

        [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Job {Kind} {JobId} attempt {Attempt} did not finish; next attempt at {NextAttemptAt:O}")]
        public static partial void Retrying(ILogger logger, string kind, string jobId, int attempt, DateTimeOffset nextAttemptAt);

        [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Job {Kind} {JobId} failed on attempt {Attempt}: {Reason}")]
        public static partial void Failed(ILogger logger, string kind, string jobId, int attempt, string reason);

        [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Job {Kind} {JobId} attempt {Attempt} threw")]
        public static partial void HandlerThrew(ILogger logger, Exception exception, string kind, string jobId, int attempt);

        [LoggerMessage(EventId = 4105, Level = LogLevel.Error, Message = "Job {JobId} has kind {Kind}, which no registered job handler runs; marked failed")]
        public static partial void UnknownKind(ILogger logger, string kind, string jobId);

        [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "Job {Kind} {JobId} attempt {Attempt}: the lease was lost before the outcome was recorded (another runner took it over)")]
        public static partial void LeaseLost(ILogger logger, string kind, string jobId, int attempt);

        [LoggerMessage(EventId = 4107, Level = LogLevel.Error, Message = "Job {Kind} {JobId}: lease ran out on attempt {Attempt}, the last allowed; marked failed")]
        public static partial void LeaseRanOutForGood(ILogger logger, string kind, string jobId, int attempt);

        [LoggerMessage(EventId = 4108, Level = LogLevel.Information, Message = "Job {Kind} {JobId} handed back: the host is stopping")]
        public static partial void Released(ILogger logger, string kind, string jobId);

        [LoggerMessage(EventId = 4110, Level = LogLevel.Warning, Message = "Job {Kind} {JobId} asked to run again at once {Count} times in one round; its next run waits until {NextAttemptAt:O}")]
        public static partial void RunsAtOnceCapped(ILogger logger, string kind, string jobId, int count, DateTimeOffset nextAttemptAt);

        [LoggerMessage(EventId = 4109, Level = LogLevel.Information, Message = "Deleted {Count} finished jobs past their keep time")]
        public static partial void Purged(ILogger logger, int count);
    }
}
