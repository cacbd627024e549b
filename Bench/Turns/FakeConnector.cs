using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachBot.Bench.Turns;

/// <summary>
/// A loopback Bot Connector that answers at once: <c>POST v3/conversations/{id}/activities[/{replyToId}]</c>
/// and <c>PUT …/activities/{id}</c> get 201/200 with <c>{"id":"&lt;n&gt;"}</c>, <c>POST v3/conversations</c>
/// gets a created conversation. It counts what it received so the harness can check every turn replied.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _activities;
    private long _unexpected;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put in inbound activities, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Activities received (sends and updates) since start.</summary>
    public long Activities => Interlocked.Read(ref _activities);

    /// <summary>Requests to anything a Connector does not serve.</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);

    public static async Task<FakeConnector> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, NoSignalHostLifetime>();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.ActivityAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", connector.ActivityAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", connector.ActivityAsync);
        app.MapPost("/v3/conversations", connector.CreateConversationAsync);
        app.MapFallback(connector.UnexpectedAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Urls.First();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private async Task ActivityAsync(HttpContext context)
    {
        await LoopbackHttp.DrainAsync(context.Request, context.RequestAborted);
        var n = Interlocked.Increment(ref _activities);
        context.Response.StatusCode = HttpMethods.IsPut(context.Request.Method) ? StatusCodes.Status200OK : StatusCodes.Status201Created;
        await LoopbackHttp.WriteJsonAsync(context.Response, "{\"id\":\"" + n.ToString(CultureInfo.InvariantCulture) + "\"}", context.RequestAborted);
    }

    private async Task CreateConversationAsync(HttpContext context)
    {
        await LoopbackHttp.DrainAsync(context.Request, context.RequestAborted);
        var n = Interlocked.Increment(ref _activities);
        context.Response.StatusCode = StatusCodes.Status201Created;
        await LoopbackHttp.WriteJsonAsync(context.Response, "{\"id\":\"a:bench-created-" + n.ToString(CultureInfo.InvariantCulture) + "\"}", context.RequestAborted);
    }

    private Task UnexpectedAsync(HttpContext context)
    {
        Interlocked.Increment(ref _unexpected);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
