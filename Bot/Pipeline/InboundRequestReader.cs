using System.Text.Json;
using CoachBot.Bot.Protocol.Activities;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CoachBot.Bot.Pipeline;

/// <summary>
/// Reads and checks the body of <c>POST /api/messages</c> before anything else runs: JSON media type (415),
/// a size limit (413), well-formed JSON (400) and the fields every turn needs (400). Never throws for bad input.
/// </summary>
public static class InboundRequestReader
{
    /// <summary>The outcome of reading a request: an activity, or the status and reason to answer with.</summary>
    public readonly record struct ReadResult(Activity? Activity, int Status, string? Problem)
    {
        public bool IsValid => Activity is not null;
    }

    public static async Task<ReadResult> ReadAsync(HttpRequest request, int maxBodyBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsJson(request.ContentType))
        {
            return new(null, StatusCodes.Status415UnsupportedMediaType, "The body must be a JSON activity (Content-Type: application/json).");
        }

        if (request.ContentLength > maxBodyBytes)
        {
            return TooLarge(maxBodyBytes);
        }

        var body = await ReadLimitedAsync(request.Body, maxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(maxBodyBytes);
        }

        if (body.Length == 0)
        {
            return new(null, StatusCodes.Status400BadRequest, "The body is empty; an activity was expected.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.Activity);
        }
        catch (JsonException exception)
        {
            var where = exception.Path is { Length: > 0 } path ? $" at {path}" : "";
            return new(null, StatusCodes.Status400BadRequest, $"The body is not a valid activity: malformed or mistyped JSON{where}.");
        }

        if (activity is null)
        {
            return new(null, StatusCodes.Status400BadRequest, "The body is not an activity object.");
        }

        var missing = new List<string>(3);
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            missing.Add("type");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            missing.Add("conversation.id");
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUri)
            || (serviceUri.Scheme != Uri.UriSchemeHttps && serviceUri.Scheme != Uri.UriSchemeHttp))
        {
            missing.Add("serviceUrl");
        }

        return missing.Count > 0
            ? new(null, StatusCodes.Status400BadRequest, $"The activity lacks required fields or has invalid ones: {string.Join(", ", missing)}.")
            : new(activity, StatusCodes.Status200OK, null);
    }

    private static ReadResult TooLarge(int maxBodyBytes) =>
        new(null, StatusCodes.Status413PayloadTooLarge, $"The body is larger than the {maxBodyBytes} bytes CoachBot accepts.");

    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || mediaType.MediaType.Value is not { } type)
        {
            return false;
        }

        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var read = await body.ReadAsync(chunk, cancellationToken);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }
    }
}
