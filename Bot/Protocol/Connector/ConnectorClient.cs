using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Protocol.Connector;

/// <summary>
/// <see cref="IConnectorClient"/> over the <see cref="ConnectorHttpClients.Connector"/> client. Refuses
/// untrusted serviceUrls before a token is even fetched, attaches the bearer token (none when anonymous),
/// applies the per-attempt timeout (<c>Outbound:RequestTimeout</c>, on <see cref="TimeProvider"/>), and on a
/// 401 fetches a fresh token and tries once more.
/// </summary>
public sealed partial class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IBotTokenProvider tokens,
    IServiceUrlTrust trust,
    IOptions<OutboundOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    private const int MaxDetailLength = 200;

    public Task<ConnectorResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, Serialize(activity), cancellationToken, "v3", "conversations", conversationId, "activities");

    public Task<ConnectorResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, Serialize(activity), cancellationToken, "v3", "conversations", conversationId, "activities", replyToId);

    public Task<ConnectorResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Put, serviceUrl, Serialize(activity), cancellationToken, "v3", "conversations", conversationId, "activities", activityId);

    public Task<ConnectorResponse> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Delete, serviceUrl, null, cancellationToken, "v3", "conversations", conversationId, "activities", activityId);

    public Task<ConnectorResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var body = JsonSerializer.SerializeToUtf8Bytes(parameters, ProtocolJsonContext.Default.ConversationParameters);
        return CallAsync(HttpMethod.Post, serviceUrl, body, cancellationToken, "v3", "conversations");
    }

    public Task<ConnectorResponse> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Get, serviceUrl, null, cancellationToken, "v3", "conversations", conversationId, "members", memberId);

    public Task<ConnectorResponse> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var query = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"pageSize={pageSize}")
            + (string.IsNullOrEmpty(continuationToken) ? "" : "&continuationToken=" + Uri.EscapeDataString(continuationToken));
        return CallAsync(HttpMethod.Get, serviceUrl, null, query, cancellationToken, "v3", "conversations", conversationId, "pagedmembers");
    }

    private static byte[] Serialize(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);
    }

    private Task<ConnectorResponse> CallAsync(HttpMethod method, string serviceUrl, byte[]? body, CancellationToken cancellationToken, params string?[] segments) =>
        CallAsync(method, serviceUrl, body, null, cancellationToken, segments);

    private async Task<ConnectorResponse> CallAsync(HttpMethod method, string serviceUrl, byte[]? body, string? query, CancellationToken cancellationToken, params string?[] segments)
    {
        if (!ConnectorUrl.TryBuild(serviceUrl, out var uri, segments))
        {
            return new ConnectorResponse(ConnectorStatus.InvalidRequest, null,
                Detail: "the serviceUrl is not an absolute http(s) URL, or a conversation/activity id is empty");
        }

        if (query is not null)
        {
            uri = new UriBuilder(uri!) { Query = query }.Uri;
        }

        if (!await trust.IsTrustedAsync(uri!, cancellationToken))
        {
            Log.Untrusted(logger, ConnectorUrl.AuthorityOf(uri!));
            return new ConnectorResponse(ConnectorStatus.UntrustedServiceUrl, null,
                Detail: $"the serviceUrl host {uri!.Host} is not trusted (not seen on an authenticated activity, not a Teams host, not in Bot:AdditionalServiceUrls), so the bot token was not sent");
        }

        var token = await GetTokenAsync(forceRefresh: false, cancellationToken);
        if (token.Failure is { } tokenFailure)
        {
            return tokenFailure;
        }

        var response = await SendOnceAsync(method, uri!, body, token.Value, cancellationToken);
        if (response.Status == ConnectorStatus.Unauthorized && token.Value is not null)
        {
            Log.RetryingWithFreshToken(logger);
            token = await GetTokenAsync(forceRefresh: true, cancellationToken);
            if (token.Failure is { } refreshFailure)
            {
                return refreshFailure;
            }

            response = await SendOnceAsync(method, uri!, body, token.Value, cancellationToken);
        }

        return response;
    }

    private async Task<(string? Value, ConnectorResponse? Failure)> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        try
        {
            return (await tokens.GetTokenAsync(forceRefresh, cancellationToken), null);
        }
        catch (BotTokenException ex)
        {
            Log.NoToken(logger, ex.IsTransient);
            return (null, new ConnectorResponse(
                ex.IsTransient ? ConnectorStatus.Transient : ConnectorStatus.InvalidRequest, null, Detail: ex.Message));
        }
    }

    private async Task<ConnectorResponse> SendOnceAsync(HttpMethod method, Uri uri, byte[]? body, string? token, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Value.RequestTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(method, uri);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            // Serialized straight to UTF-8 (not to a string and then to bytes); the same header StringContent sends.
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        try
        {
            var client = httpClientFactory.CreateClient(ConnectorHttpClients.Connector);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
            var text = await response.Content.ReadAsStringAsync(linked.Token);
            var result = Map(response, text);
            Log.Called(logger, method.Method, uri.Host, (int)response.StatusCode, result.CorrelationId ?? "");
            return result;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.TimedOut(logger, method.Method, uri.Host, options.Value.RequestTimeout);
            return new ConnectorResponse(ConnectorStatus.Timeout, null, Detail: $"no answer within {options.Value.RequestTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            Log.NetworkError(logger, method.Method, uri.Host, ex.HttpRequestError.ToString());
            return new ConnectorResponse(ConnectorStatus.Transient, null, Detail: $"network error ({ex.HttpRequestError})");
        }
    }

    private ConnectorResponse Map(HttpResponseMessage response, string body)
    {
        var code = (int)response.StatusCode;
        var correlation = response.Headers.TryGetValues("MS-CV", out var values) ? values.FirstOrDefault() : null;
        if (response.IsSuccessStatusCode)
        {
            return new ConnectorResponse(ConnectorStatus.Success, code, body, CorrelationId: correlation);
        }

        var status = response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => ConnectorStatus.Throttled,
            HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
                => ConnectorStatus.Transient,
            HttpStatusCode.Unauthorized => ConnectorStatus.Unauthorized,
            HttpStatusCode.Forbidden => ConnectorStatus.Forbidden,
            HttpStatusCode.NotFound => ConnectorStatus.NotFound,
            _ when code is >= 400 and < 500 => ConnectorStatus.ClientError,
            _ => ConnectorStatus.ServerError,
        };
        var (errorCode, message) = ReadError(body);
        return new ConnectorResponse(status, code, null, ReadRetryAfter(response), errorCode, message, correlation);
    }

    private TimeSpan? ReadRetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    /// <summary>Reads <c>{"error":{"code","message"}}</c> (and Teams' <c>subCode</c>) leniently; any other body yields nothing.</summary>
    internal static (string? Code, string? Message) ReadError(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error)
                || error.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var code = ReadString(error, "code");
            if (ReadString(error, "subCode") is { Length: > 0 } subCode)
            {
                code = code is null ? subCode : $"{code}/{subCode}";
            }

            var message = ReadString(error, "message");
            if (message is { Length: > MaxDetailLength })
            {
                message = message[..MaxDetailLength];
            }

            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static partial class Log
    {
        [LoggerMessage(EventId = 3020, Level = LogLevel.Debug, Message = "Connector {Method} {Host} answered {Status} (MS-CV {CorrelationId})")]
        public static partial void Called(ILogger logger, string method, string host, int status, string correlationId);

        [LoggerMessage(EventId = 3021, Level = LogLevel.Warning, Message = "Connector {Method} {Host} did not answer within {Timeout}")]
        public static partial void TimedOut(ILogger logger, string method, string host, TimeSpan timeout);

        [LoggerMessage(EventId = 3022, Level = LogLevel.Warning, Message = "Connector {Method} {Host} failed with a network error ({Error})")]
        public static partial void NetworkError(ILogger logger, string method, string host, string error);

        [LoggerMessage(EventId = 3023, Level = LogLevel.Warning, Message = "Refused to send the bot token to untrusted serviceUrl authority {Authority}")]
        public static partial void Untrusted(ILogger logger, string authority);

        [LoggerMessage(EventId = 3024, Level = LogLevel.Information, Message = "Connector answered 401; retrying once with a fresh bot token")]
        public static partial void RetryingWithFreshToken(ILogger logger);

        [LoggerMessage(EventId = 3025, Level = LogLevel.Error, Message = "No bot token for a Connector call (transient: {Transient})")]
        public static partial void NoToken(ILogger logger, bool transient);
    }
}
