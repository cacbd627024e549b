using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Outbound;

/// <summary>Drains the outbox every <c>Outbound:OutboxPollInterval</c> (on <see cref="TimeProvider"/>); a failing round is logged and the next one runs.</summary>
public sealed partial class OutboxWorker(
    OutboxDispatcher dispatcher,
    IOptions<OutboundOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OutboxPollInterval, timeProvider);
        try
        {
            do
            {
                try
                {
                    await dispatcher.DrainDueAsync(timeProvider.GetUtcNow(), stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.RoundFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down; pending items stay in the outbox for the next start.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3510, Level = LogLevel.Error, Message = "An outbox round failed; the next round will try again")]
        public static partial void RoundFailed(ILogger logger, Exception exception);
    }
}
