using System.Collections.Concurrent;
using CoachBot.Bot.Hosting;
using CoachBot.Bot.Protocol.Connector;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// The serviceUrl hosts the bot token may go to (protocol.md §5): hosts seen on authenticated inbound
/// activities (remembered durably through <see cref="ITrustedHostStore"/>, so proactive sends still work after a restart, and
/// kept in memory here), the documented global
/// Teams hosts, and <c>Bot:AdditionalServiceUrls</c>. Trust is per <c>scheme://host:port</c>. An anonymous bot
/// sends no token, so every URL is allowed.
/// </summary>
public sealed partial class TrustedServiceUrls : IServiceUrlTrust, IDisposable
{
    /// <summary>The global Teams Connector URLs (public, GCC, GCC-High) for tenants CoachBot has not heard from yet.</summary>
    public static readonly IReadOnlyList<string> GlobalTeamsServiceUrls =
    [
        "https://smba.trafficmanager.net/teams/",
        "https://smba.infra.gcc.teams.microsoft.com/gcc",
        "https://smba.infra.gov.teams.microsoft.us/gcch",
    ];

    private readonly IOptions<BotOptions> _botOptions;
    private readonly ITrustedHostStore _store;
    private readonly ILogger<TrustedServiceUrls> _logger;
    private readonly HashSet<string> _configured;
    private readonly ConcurrentDictionary<string, byte> _remembered = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _loadGate = new(1, 1);
    private volatile bool _loaded;

    public TrustedServiceUrls(IOptions<BotOptions> botOptions, ITrustedHostStore store, ILogger<TrustedServiceUrls> logger)
    {
        ArgumentNullException.ThrowIfNull(botOptions);
        _botOptions = botOptions;
        _store = store;
        _logger = logger;
        _configured = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in GlobalTeamsServiceUrls.Concat(botOptions.Value.AdditionalServiceUrls ?? []))
        {
            if (ConnectorUrl.TryParseServiceUrl(url, out var uri))
            {
                _configured.Add(ConnectorUrl.AuthorityOf(uri!));
            }
            else
            {
                Log.IgnoredAdditionalUrl(logger, url);
            }
        }
    }

    public async Task<bool> IsTrustedAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (_botOptions.Value.IsAnonymous)
        {
            return true;
        }

        var authority = ConnectorUrl.AuthorityOf(serviceUrl);
        if (_configured.Contains(authority))
        {
            return true;
        }

        await EnsureLoadedAsync(cancellationToken);
        return _remembered.ContainsKey(authority);
    }

    /// <summary>Trusts the host of a serviceUrl that arrived on an authenticated activity (and remembers it durably).</summary>
    public async Task RememberAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        if (!ConnectorUrl.TryParseServiceUrl(serviceUrl, out var uri))
        {
            return;
        }

        var authority = ConnectorUrl.AuthorityOf(uri!);
        if (_configured.Contains(authority))
        {
            return;
        }

        await EnsureLoadedAsync(cancellationToken);
        if (_remembered.ContainsKey(authority))
        {
            return;
        }

        await _store.AddAsync(authority, cancellationToken);

        if (_remembered.TryAdd(authority, 0))
        {
            Log.Trusted(_logger, authority);
        }
    }

    public void Dispose() => _loadGate.Dispose();

    private async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }

        await _loadGate.WaitAsync(cancellationToken);
        try
        {
            if (_loaded)
            {
                return;
            }

            var stored = await _store.ListAsync(cancellationToken);
            foreach (var authority in stored)
            {
                _remembered.TryAdd(authority, 0);
            }

            _loaded = true;
        }
        finally
        {
            _loadGate.Release();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Trusting Connector host {Authority}, seen on an authenticated activity")]
        public static partial void Trusted(ILogger logger, string authority);

        [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Bot:AdditionalServiceUrls entry '{Url}' is not an absolute http(s) URL and is ignored")]
        public static partial void IgnoredAdditionalUrl(ILogger logger, string url);
    }
}
