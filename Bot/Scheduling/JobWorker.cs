using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Scheduling;

/// <summary>
/// Runs due jobs at start-up and then whenever jobs come due (on the injected <see cref="TimeProvider"/>): each round runs
/// jobs while any are due (<see cref="JobRunner.RunWhileDueAsync"/>: no fixed cap per round, so a full table drains at the
/// pace its handlers allow), then sleeps until the next job's due time or lease end, and at most
/// <see cref="JobOptions.PollInterval"/> (a job another process scheduled is seen by then). Never stops the host: a failing
/// round is logged and the next round tries again.
/// </summary>
public sealed partial class JobWorker(JobRunner runner, IOptions<JobOptions> options, TimeProvider timeProvider, ILogger<JobWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        Log.Started(logger, settings.PollInterval, runner.Kinds.Count, settings.MaxConcurrency);
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = timeProvider.GetUtcNow();
            await RunOnceAsync(stoppingToken);
            if (!await SleepAsync(await NextRoundAtAsync(started, stoppingToken), stoppingToken))
            {
                break;
            }
        }
    }

    /// <summary>One round: runs due jobs until none is due.</summary>
    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await runner.RunWhileDueAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
// The worker must outlive any failure (database locked, disk full, ...).
        catch (Exception exception)
        {
            Log.TickFailed(logger, exception);
        }
    }

    /// <summary>
    /// When the round after one that <paramref name="started"/> then should begin: the poll interval after its start, or
    /// earlier when a job comes due (or a lease ends) before that.
    /// </summary>
    internal async Task<DateTimeOffset> NextRoundAtAsync(DateTimeOffset started, CancellationToken cancellationToken)
    {
        var at = started + options.Value.PollInterval;
        try
        {
            if (await runner.NextDueAfterAsync(timeProvider.GetUtcNow(), cancellationToken) is { } next && next < at)
            {
                at = next;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the sleep below ends at once.
        }
// A failing look-up only means waiting for the poll interval.
        catch (Exception exception)
        {
            Log.TickFailed(logger, exception);
        }

        return at;
    }

    private async Task<bool> SleepAsync(DateTimeOffset until, CancellationToken stoppingToken)
    {
        try
        {
            var wait = until - timeProvider.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, stoppingToken);
            }

            return !stoppingToken.IsCancellationRequested;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4120, Level = LogLevel.Information, Message = "Job worker started: polling every {PollInterval} for {KindCount} job kinds, up to {MaxConcurrency} jobs at once")]
        public static partial void Started(ILogger logger, TimeSpan pollInterval, int kindCount, int maxConcurrency);

        [LoggerMessage(EventId = 4121, Level = LogLevel.Error, Message = "Running due jobs failed; trying again at the next tick")]
        public static partial void TickFailed(ILogger logger, Exception exception);
    }
}
