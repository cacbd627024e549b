using CoachBot.Bot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Protocol.Connector;

/// <summary>
/// Caches the bot token (judged with <see cref="TimeProvider"/>) until <see cref="RefreshMargin"/> before it
/// expires, and lets one caller at a time fetch a new one, so a burst of sends makes one token request.
/// Anonymous bots get no token and make no request.
/// </summary>
public sealed partial class BotTokenProvider(
    IOptions<BotOptions> botOptions,
    IBotTokenSource source,
    TimeProvider timeProvider,
    ILogger<BotTokenProvider> logger) : IBotTokenProvider, IDisposable
{
    /// <summary>A cached token is replaced this long before it expires.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private BotAccessToken? _cached;

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (botOptions.Value.IsAnonymous)
        {
            return null;
        }

        var stale = _cached;
        if (!forceRefresh && IsFresh(stale))
        {
            return stale!.Value;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed while this one waited (or already replaced the rejected token).
            var current = _cached;
            if (IsFresh(current) && (!forceRefresh || !ReferenceEquals(current, stale)))
            {
                return current!.Value;
            }

            var token = await source.AcquireAsync(forceRefresh, cancellationToken);
            _cached = token;
            Log.TokenAcquired(logger, token.ExpiresOn, forceRefresh);
            return token.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsFresh(BotAccessToken? token) =>
        token is not null && timeProvider.GetUtcNow() < token.ExpiresOn - RefreshMargin;

    private static partial class Log
    {
        [LoggerMessage(EventId = 3012, Level = LogLevel.Debug, Message = "Bot token acquired, expires {ExpiresOn} (forced refresh: {Forced})")]
        public static partial void TokenAcquired(ILogger logger, DateTimeOffset expiresOn, bool forced);
    }
}
