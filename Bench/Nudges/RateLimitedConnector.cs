using System.Globalization;
using CoachBot.Bench.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachBot.Bench.Nudges;

/// <summary>
/// A loopback Bot Connector that behaves like Teams under load: at most <c>limit</c> requests in any sliding second per
/// tenant (every request that is let in counts, a 503 too; above it, <c>429</c> with <c>Retry-After</c> in whole seconds,
/// not counted), and a random share of the requests let in answered <c>503</c>. A send it accepts (201) is a delivery:
/// it counts deliveries per conversation (each coach's 1:1 chat), so distinct coaches reached, duplicates, and when the
/// first and last coach were first reached.
/// </summary>
internal sealed class RateLimitedConnector : IAsyncDisposable
{
    private const long Second = TimeSpan.TicksPerSecond;

    private readonly WebApplication _app;
    private readonly int _limit;
    private readonly double _failShare;
    private readonly IReadOnlyDictionary<string, string> _tenantOf;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<long>> _windows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _deliveries = new(StringComparer.Ordinal);
    private readonly Random _random;
    private long _accepted;
    private long _throttled;
    private long _failed;
    private long _unexpected;
    private DateTimeOffset? _firstReached;
    private DateTimeOffset? _lastReached;

    private RateLimitedConnector(WebApplication app, int limit, double failShare, int seed, IReadOnlyDictionary<string, string> tenantOf)
    {
        _app = app;
        _limit = limit;
        _failShare = failShare;
        _random = new Random(seed);
        _tenantOf = tenantOf;
    }

    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1/");

    public static async Task<RateLimitedConnector> StartAsync(
        int limit, double failShare, int seed, IReadOnlyDictionary<string, string> tenantOf, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, NoSignalHostLifetime>();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new RateLimitedConnector(app, limit, failShare, seed, tenantOf);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.SendAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", connector.SendAsync);
        app.MapFallback(connector.UnexpectedAsync);
        await app.StartAsync(cancellationToken);
        connector.ServiceUrl = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return connector;
    }

    public ConnectorCounts Counts()
    {
        lock (_lock)
        {
            return new ConnectorCounts(
                _deliveries.Count, _accepted - _deliveries.Count, _accepted, _throttled, _failed, Interlocked.Read(ref _unexpected), _firstReached, _lastReached);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private async Task SendAsync(HttpContext context)
    {
        await LoopbackHttp.DrainAsync(context.Request, context.RequestAborted);
        var conversationId = context.Request.RouteValues["conversationId"] as string ?? "";
        var tenant = _tenantOf.TryGetValue(conversationId, out var t) ? t : "";
        int status;
        long number = 0;
        var retryAfterSeconds = 0;
        lock (_lock)
        {
            var now = TimeProvider.System.GetTimestamp() * (TimeSpan.TicksPerSecond / (double)TimeProvider.System.TimestampFrequency);
            var ticks = (long)now;
            if (!_windows.TryGetValue(tenant, out var window))
            {
                window = new Queue<long>();
                _windows[tenant] = window;
            }

            while (window.Count > 0 && window.Peek() <= ticks - Second)
            {
                window.Dequeue();
            }

            if (window.Count >= _limit)
            {
                _throttled++;
                status = StatusCodes.Status429TooManyRequests;
                retryAfterSeconds = (int)Math.Max(1, Math.Ceiling((window.Peek() + Second - ticks) / (double)Second));
            }
            else
            {
                window.Enqueue(ticks);
                if (_random.NextDouble() < _failShare)
                {
                    _failed++;
                    status = StatusCodes.Status503ServiceUnavailable;
                }
                else
                {
                    status = StatusCodes.Status201Created;
                    number = ++_accepted;
                    var at = TimeProvider.System.GetUtcNow();
                    if (_deliveries.TryGetValue(conversationId, out var count))
                    {
                        _deliveries[conversationId] = count + 1;
                    }
                    else
                    {
                        _deliveries[conversationId] = 1;
                        _firstReached ??= at;
                        _lastReached = at;
                    }
                }
            }
        }

        context.Response.StatusCode = status;
        if (status == StatusCodes.Status429TooManyRequests)
        {
            context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        if (status == StatusCodes.Status201Created)
        {
            await LoopbackHttp.WriteJsonAsync(context.Response, "{\"id\":\"" + number.ToString(CultureInfo.InvariantCulture) + "\"}", context.RequestAborted);
        }
    }

    private Task UnexpectedAsync(HttpContext context)
    {
        Interlocked.Increment(ref _unexpected);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}

/// <summary>What the connector saw: distinct conversations reached, extra deliveries (duplicates), and the rest.</summary>
internal sealed record ConnectorCounts(
    int Reached, long Duplicates, long Accepted, long Throttled, long Failed, long Unexpected, DateTimeOffset? FirstReached, DateTimeOffset? LastReached);
