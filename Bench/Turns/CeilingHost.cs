using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CoachBot.Bench.Turns;

/// <summary>
/// The harness's ceiling: a trivial ASP.NET Core app (run as its own child process, like the bot) that takes
/// the same <c>POST /api/messages</c>, reads and parses the body, forwards one small reply to the activity's
/// serviceUrl with the harness's HttpClient set-up, and answers 200. No auth, no state, no dialogs.
/// </summary>
internal static class CeilingHost
{
    public const string ServeFlag = "--serve-ceiling";

    /// <summary>Serves until its standard input closes (the parent harness ended) or it is killed.</summary>
    public static async Task<int> RunAsync(string url, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        using var client = BenchHttp.CreateClient(TimeSpan.FromSeconds(30));
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapPost("/api/messages", (HttpContext context) => ForwardOneReplyAsync(context, client));
        await app.StartAsync(cancellationToken);

        // The parent holds our stdin open; EOF means it is gone, so we go too.
        await Console.OpenStandardInput().CopyToAsync(Stream.Null, cancellationToken);
        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    private static async Task ForwardOneReplyAsync(HttpContext context, HttpClient client)
    {
        var cancellationToken = context.RequestAborted;
        using var body = await ParseOrNullAsync(context.Request.Body, cancellationToken);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var root = body.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("serviceUrl", out var serviceUrlElement) || serviceUrlElement.ValueKind != JsonValueKind.String
            || serviceUrlElement.GetString() is not { } serviceUrl
            || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var serviceUri)
            || !root.TryGetProperty("conversation", out var conversation) || conversation.ValueKind != JsonValueKind.Object
            || !conversation.TryGetProperty("id", out var conversationIdElement) || conversationIdElement.ValueKind != JsonValueKind.String
            || conversationIdElement.GetString() is not { } conversationId)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var activityId = root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "";
        var reply = "{\"type\":\"message\",\"text\":\"ok\",\"replyToId\":" + JsonSerializer.Serialize(activityId, BenchJsonContext.Default.String) + "}";
        var target = new Uri(serviceUri, "v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities");
        using var content = new StringContent(reply, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(target, content, cancellationToken);
        context.Response.StatusCode = response.IsSuccessStatusCode ? StatusCodes.Status200OK : StatusCodes.Status502BadGateway;
    }

    private static async Task<JsonDocument?> ParseOrNullAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonDocument.ParseAsync(body, default, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
