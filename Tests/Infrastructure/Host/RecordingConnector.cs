using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using CoachBot.Bot.Protocol.Activities;

namespace CoachBot.Tests.Infrastructure.Host;

/// <summary>
/// A stand-in for the Bot Connector: records every activity CoachBot sends (POST), updates (PUT) and
/// 1:1 conversations it creates, answering like Teams does. Any other request fails the test loudly.
/// </summary>
public sealed class RecordingConnector : HttpMessageHandler
{
    private const string NotFoundJson = "{\"error\":{\"code\":\"NotFound\",\"message\":\"member not found\"}}";

    private int _nextId = 1000;

    /// <summary>Everything sent, in order.</summary>
    public ConcurrentQueue<SentActivity> Sent { get; } = new();

    /// <summary>Requests this connector did not expect (a test asserts it stays empty).</summary>
    public ConcurrentQueue<string> Unexpected { get; } = new();

    /// <summary>People the get-member call knows, by their <c>29:</c> id.</summary>
    public ConcurrentDictionary<string, ChannelAccount> Members { get; } = new();

    /// <summary>Conversation ids whose sends answer 403 (user blocked or uninstalled the app).</summary>
    public ConcurrentDictionary<string, bool> Blocked { get; } = new();

    /// <summary>
    /// Conversation ids whose next sends answer 429 with <c>Retry-After: 60</c> (the value: how many more times), so CoachBot
    /// queues them in its outbox.
    /// </summary>
    public ConcurrentDictionary<string, int> Throttled { get; } = new();

    /// <summary>Conversation ids whose next sends answer 503 (the value: how many more times).</summary>
    public ConcurrentDictionary<string, int> Unavailable { get; } = new();

    /// <summary>The members of teams (by team id) the paged members call lists; any other team answers 404.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<ChannelAccount>> TeamMembers { get; } = new();

    /// <summary>The most members one page lists, whatever page size is asked for (to exercise continuation).</summary>
    public int MembersPerPage { get; set; } = 500;

    /// <summary>The paged members calls made, by conversation id.</summary>
    public ConcurrentQueue<string> MemberListings { get; } = new();

    /// <summary>People (by <c>29:</c> id) Teams will not open a 1:1 chat with: 403 on create (CoachBot not installed for them).</summary>
    public ConcurrentDictionary<string, bool> WithoutTheApp { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var marker = path.IndexOf("/v3/conversations", StringComparison.Ordinal);
        if (marker < 0)
        {
            Unexpected.Enqueue($"{request.Method} {request.RequestUri}");
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        var segments = path[(marker + "/v3/conversations".Length)..].Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);

        if (request.Method == HttpMethod.Post && segments.Length == 0)
        {
            var parameters = JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.ConversationParameters)!;
            var user = parameters.Members.FirstOrDefault()?.Id ?? "unknown";
            if (WithoutTheApp.ContainsKey(user))
            {
                return Json(HttpStatusCode.Forbidden, """{"error":{"code":"Forbidden","message":"The bot is not installed for the user"}}""");
            }

            return Json(HttpStatusCode.Created, $$"""{"id":"a:personal-{{user}}"}""");
        }

        var conversationId = Uri.UnescapeDataString(segments[0]);
        if (request.Method == HttpMethod.Post && Throttled.TryGetValue(conversationId, out var left) && left > 0)
        {
            Throttled[conversationId] = left - 1;
            var throttled = Json(HttpStatusCode.TooManyRequests, """{"error":{"code":"TooManyRequests","message":"slow down"}}""");
            throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(60));
            return throttled;
        }

        if (request.Method == HttpMethod.Post && Unavailable.TryGetValue(conversationId, out var down) && down > 0)
        {
            Unavailable[conversationId] = down - 1;
            return Json(HttpStatusCode.ServiceUnavailable, """{"error":{"code":"ServiceUnavailable","message":"try again"}}""");
        }

        if (Blocked.ContainsKey(conversationId))
        {
            return Json(HttpStatusCode.Forbidden, """{"error":{"code":"Forbidden","message":"MessageWritesBlocked"}}""");
        }

        if (request.Method == HttpMethod.Get && segments.Length == 2 && segments[1] == "pagedmembers")
        {
            MemberListings.Enqueue(conversationId);
            if (!TeamMembers.TryGetValue(conversationId, out var team))
            {
                return Json(HttpStatusCode.NotFound, NotFoundJson);
            }

            var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
            var size = Math.Min(int.Parse(query["pageSize"] ?? "500", System.Globalization.CultureInfo.InvariantCulture), MembersPerPage);
            var start = int.Parse(query["continuationToken"] ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            var page = new PagedMembersResult
            {
                Members = [.. team.Skip(start).Take(size)],
                ContinuationToken = start + size < team.Count ? (start + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            };
            return Json(HttpStatusCode.OK, JsonSerializer.Serialize(page, ProtocolJsonContext.Default.PagedMembersResult));
        }

        if (request.Method == HttpMethod.Get && segments.Length == 3 && segments[1] == "members")
        {
            return Members.TryGetValue(Uri.UnescapeDataString(segments[2]), out var member)
                ? Json(HttpStatusCode.OK, JsonSerializer.Serialize(member, ProtocolJsonContext.Default.ChannelAccount))
                : Json(HttpStatusCode.NotFound, NotFoundJson);
        }

        if (segments.Length >= 2 && segments[1] == "activities")
        {
            var activity = JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.Activity)!;
            if (request.Method == HttpMethod.Post)
            {
                var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Sent.Enqueue(new SentActivity(conversationId, id, activity, IsUpdate: false, request.Headers.Authorization?.ToString()));
                return Json(HttpStatusCode.Created, $$"""{"id":"{{id}}"}""");
            }

            if (request.Method == HttpMethod.Put && segments.Length == 3)
            {
                var id = Uri.UnescapeDataString(segments[2]);
                Sent.Enqueue(new SentActivity(conversationId, id, activity, IsUpdate: true, request.Headers.Authorization?.ToString()));
                return Json(HttpStatusCode.OK, $$"""{"id":"{{id}}"}""");
            }
        }

        Unexpected.Enqueue($"{request.Method} {request.RequestUri}");
        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}

/// <summary>One activity CoachBot sent (or an update of one).</summary>
public sealed record SentActivity(string ConversationId, string ActivityId, Activity Activity, bool IsUpdate, string? Authorization);
