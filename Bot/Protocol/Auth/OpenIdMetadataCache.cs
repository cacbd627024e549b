using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;

namespace CoachBot.Bot.Protocol.Auth;

/// <summary>
/// Caches the OpenID metadata and signing keys of one metadata URL (a DI singleton; one instance per URL).
/// Refreshes automatically every <see cref="AutomaticRefreshInterval"/>, and on an unknown key id the
/// authenticator asks for one forced refresh, honoured at most once per <see cref="MinimumForcedRefreshInterval"/>
/// (the same rules as IdentityModel's <c>ConfigurationManager</c>). Unlike that class in IdentityModel 8.x,
/// whose refreshes run on a background task, the forced refresh here is awaited, so the request that
/// brought the new key is itself accepted; time comes from the injected <see cref="TimeProvider"/>.
/// A failed refresh keeps the last good snapshot (stale keys beat no keys).
/// </summary>
internal sealed partial class OpenIdMetadataCache : IDisposable
{
    /// <summary>How long a snapshot is used before it is fetched again (IdentityModel's default).</summary>
    internal static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);

    /// <summary>The least time between two forced refreshes (IdentityModel's default <c>RefreshInterval</c>).</summary>
    internal static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>How long requests fail fast after the very first fetch failed, before another attempt.</summary>
    internal static readonly TimeSpan FirstFetchRetryDelay = TimeSpan.FromSeconds(30);

    private readonly IDocumentRetriever _retriever;
    private readonly TimeProvider _time;
    private readonly ILogger<OpenIdMetadataCache> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile OpenIdMetadata? _current;
    private long _nextFetchUtcTicks = DateTimeOffset.MinValue.UtcTicks;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;

    public OpenIdMetadataCache(string metadataUrl, IDocumentRetriever retriever, TimeProvider time, ILogger<OpenIdMetadataCache> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metadataUrl);
        MetadataUrl = metadataUrl;
        _retriever = retriever;
        _time = time;
        _logger = logger;
    }

    /// <summary>The metadata document this cache serves.</summary>
    public string MetadataUrl { get; }

    /// <summary>The current snapshot, fetched when missing or due; null when it cannot be fetched and none is cached.</summary>
    public async Task<OpenIdMetadata?> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && !IsFetchDue(_time.GetUtcNow()))
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            if (!IsFetchDue(now))
            {
                return _current;
            }

            return await FetchAsync(now, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Called when a token names a key <paramref name="seen"/> does not have: fetches once more unless
    /// another request already replaced that snapshot or a forced refresh happened too recently.
    /// </summary>
    public async Task<OpenIdMetadata?> RefreshForUnknownKeyAsync(OpenIdMetadata seen, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } replaced && !ReferenceEquals(replaced, seen))
            {
                return replaced;
            }

            var now = _time.GetUtcNow();
            if (now - _lastForcedRefresh < MinimumForcedRefreshInterval)
            {
                return _current;
            }

            _lastForcedRefresh = now;
            Log.ForcedRefresh(_logger, MetadataUrl);
            return await FetchAsync(now, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<OpenIdMetadata?> FetchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var fresh = await OpenIdMetadata.LoadAsync(_retriever, MetadataUrl, cancellationToken);
            _current = fresh;
            SetNextFetch(now + AutomaticRefreshInterval);
            Log.Fetched(_logger, MetadataUrl, fresh.SigningKeys.Count);
            return fresh;
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            var stale = _current;
            SetNextFetch(now + (stale is null ? FirstFetchRetryDelay : MinimumForcedRefreshInterval));
            Log.FetchFailed(_logger, MetadataUrl, stale is not null, ex);
            return stale;
        }
    }

    private bool IsFetchDue(DateTimeOffset now) => now.UtcTicks >= Interlocked.Read(ref _nextFetchUtcTicks);

    private void SetNextFetch(DateTimeOffset when) => Interlocked.Exchange(ref _nextFetchUtcTicks, when.UtcTicks);

    private static partial class Log
    {
        [LoggerMessage(EventId = 2110, Level = LogLevel.Information, Message = "Fetched Bot Framework OpenID metadata from {MetadataUrl}: {KeyCount} signing keys")]
        public static partial void Fetched(ILogger logger, string metadataUrl, int keyCount);

        [LoggerMessage(EventId = 2111, Level = LogLevel.Information, Message = "A token names an unknown signing key; refreshing OpenID metadata from {MetadataUrl} once")]
        public static partial void ForcedRefresh(ILogger logger, string metadataUrl);

        [LoggerMessage(EventId = 2112, Level = LogLevel.Warning, Message = "Could not fetch Bot Framework OpenID metadata from {MetadataUrl} (keeping last good keys: {KeepsStale})")]
        public static partial void FetchFailed(ILogger logger, string metadataUrl, bool keepsStale, Exception exception);
    }
}
