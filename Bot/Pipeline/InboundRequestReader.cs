using System.Buffers;
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

        // The body is read into a pooled array and parsed from there: nothing of it outlives the parse (JSON
        // values the activity keeps, such as value and channelData, are copied out by the serializer).
        var sizeHint = request.ContentLength is { } length and > 0 ? (int)length + 1 : 16 * 1024;
        if (await ReadLimitedAsync(request.Body, maxBodyBytes, sizeHint, cancellationToken) is not var (buffer, bodyLength))
        {
            return TooLarge(maxBodyBytes);
        }

        Activity? activity;
        try
        {
            if (bodyLength == 0)
            {
                return new(null, StatusCodes.Status400BadRequest, "The body is empty; an activity was expected.");
            }

            activity = JsonSerializer.Deserialize(buffer.AsSpan(0, bodyLength), ProtocolJsonContext.Default.Activity);
        }
        catch (JsonException exception)
        {
            var where = exception.Path is { Length: > 0 } path ? $" at {path}" : "";
            return new(null, StatusCodes.Status400BadRequest, $"The body is not a valid activity: malformed or mistyped JSON{where}.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
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

    /// <summary>
    /// Reads the body into an array rented from <see cref="ArrayPool{T}.Shared"/>, which the caller returns; null
    /// (the array already returned) when the body is longer than <paramref name="limit"/> bytes.
    /// </summary>
    private static async Task<(byte[] Buffer, int Length)?> ReadLimitedAsync(Stream body, int limit, int sizeHint, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    return (buffer, length);
                }

                length += read;
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }
            }
        }
        catch
        {
            // Cancelled or the connection failed: the array goes back before the error does.
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
