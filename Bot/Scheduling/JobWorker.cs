using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Scheduling;

/// <summary>
/// Runs due jobs at start-up and then every <see cref="JobOptions.PollInterval"/> (a <see cref="PeriodicTimer"/> on
/// the injected <see cref="TimeProvider"/>). Never stops the host: a failing tick is logged and the next tick tries again.
/// </summary>
public sealed partial class JobWorker(JobRunner runner, IOptions<JobOptions> options, TimeProvider timeProvider, ILogger<JobWorker> logger) : BackgroundService
{
    /// <summary>Full batches run back to back within one tick before waiting for the next.</summary>
    private const int MaxBatchesPerTick = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.PollInterval, timeProvider);
        Log.Started(logger, settings.PollInterval, runner.Kinds.Count);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await WaitForTickAsync(timer, stoppingToken));
    }

    /// <summary>One tick: runs due jobs batch after batch while batches come back full.</summary>
    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            for (var batch = 0; batch < MaxBatchesPerTick; batch++)
            {
                var ran = await runner.RunDueAsync(timeProvider.GetUtcNow(), cancellationToken);
                if (ran < options.Value.BatchSize)
                {
                    break;
                }
            }
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

    private static async Task<bool> WaitForTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4120, Level = LogLevel.Information, Message = "Job worker started: polling every {PollInterval} for {KindCount} job kinds")]
        public static partial void Started(ILogger logger, TimeSpan pollInterval, int kindCount);

        [LoggerMessage(EventId = 4121, Level = LogLevel.Error, Message = "Running due jobs failed; trying again at the next tick")]
        public static partial void TickFailed(ILogger logger, Exception exception);
    }
}
