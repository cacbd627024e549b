using System.Net;

namespace CoachBot.Bench.Turns;

/// <summary>
/// The one HttpClient set-up the harness uses everywhere it sends (load generator, ceiling endpoint):
/// pooled keep-alive connections, enough of them for the highest concurrency, no proxy, no redirects.
/// </summary>
internal static class BenchHttp
{
    public static HttpClient CreateClient(TimeSpan timeout) => new(
        new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1024,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        },
        disposeHandler: true)
    {
        Timeout = timeout,
    };
}
