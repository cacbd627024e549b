using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Infrastructure.Connector;

/// <summary>What the scripted handler answers to one request.</summary>
public sealed class ScriptedResponse
{
    private readonly Func<HttpRequestMessage, CancellationToken, HttpResponseMessage> _produce;

    private ScriptedResponse(string description, Func<HttpRequestMessage, CancellationToken, HttpResponseMessage> produce)
    {
        Description = description;
        _produce = produce;
    }

    public string Description { get; }

    /// <summary>A status with an optional JSON body and extra headers.</summary>
    public static ScriptedResponse Json(HttpStatusCode status, string? json, params (string Name, string Value)[] headers) =>
        new($"{(int)status}", (_, _) =>
        {
            var response = new HttpResponseMessage(status);
            if (json is not null)
            {
                response.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });

    /// <summary>201 with a ResourceResponse <c>{"id": id}</c>.</summary>
    public static ScriptedResponse Created(string id) => Json(HttpStatusCode.Created, $$"""{"id":"{{id}}"}""");

    /// <summary>A status with no body.</summary>
    public static ScriptedResponse Status(HttpStatusCode status) => Json(status, null);

    /// <summary>429, with <c>Retry-After: seconds</c> when given.</summary>
    public static ScriptedResponse TooManyRequests(TimeSpan? retryAfter = null)
    {
        var inner = Json(HttpStatusCode.TooManyRequests, """{"error":{"code":"Throttled","message":"Too many requests"}}""");
        return new($"429 Retry-After {retryAfter}", (request, token) =>
        {
            var response = inner._produce(request, token);
            if (retryAfter is { } wait)
            {
                response.Headers.RetryAfter = new RetryConditionHeaderValue(wait);
            }

            return response;
        });
    }

    /// <summary>403 as Teams answers a user who blocked or uninstalled the bot.</summary>
    public static ScriptedResponse Blocked() =>
        Json(HttpStatusCode.Forbidden, """{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"Bot is not allowed to send messages."}}""");

    /// <summary>
    /// A slow server: moves the fake clock forward second by second up to <paramref name="serverTime"/>; when
    /// the client's per-attempt timeout fires on the way, the request ends there as cancelled, otherwise it
    /// answers <paramref name="then"/>.
    /// </summary>
    public static ScriptedResponse Slow(FakeTimeProvider clock, TimeSpan serverTime, ScriptedResponse then) =>
        new($"slow {serverTime} then {then.Description}", (request, token) =>
        {
            var step = TimeSpan.FromSeconds(1);
            for (var elapsed = TimeSpan.Zero; elapsed < serverTime; elapsed += step)
            {
                clock.Advance(serverTime - elapsed < step ? serverTime - elapsed : step);
                token.ThrowIfCancellationRequested();
            }

            return then._produce(request, token);
        });

    /// <summary>A connection failure.</summary>
    public static ScriptedResponse NetworkError() =>
        new("network error", (_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "connection refused (scripted)"));

    /// <summary>An Entra token endpoint answer.</summary>
    public static ScriptedResponse Token(string accessToken, TimeSpan expiresIn) =>
        Json(HttpStatusCode.OK, $$"""{"token_type":"Bearer","expires_in":{{(int)expiresIn.TotalSeconds}},"ext_expires_in":{{(int)expiresIn.TotalSeconds}},"access_token":"{{accessToken}}"}""");

    internal HttpResponseMessage Produce(HttpRequestMessage request, CancellationToken cancellationToken) => _produce(request, cancellationToken);
}
