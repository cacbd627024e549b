using System.Text.Json;

namespace CoachBot.Tests.Infrastructure.Connector;

/// <summary>One request the scripted handler received, with the (fake) time it arrived.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Body, DateTimeOffset At)
{
    /// <summary>The escaped path, e.g. <c>/_connector/v3/conversations/a%3A1/activities</c>.</summary>
    public string Path => Uri.AbsolutePath;

    /// <summary>The body parsed as JSON (throws when it is not JSON).</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Body ?? "null");
        return document.RootElement.Clone();
    }

    /// <summary>A form-urlencoded body as a dictionary (token requests).</summary>
    public IReadOnlyDictionary<string, string> Form() =>
        (Body ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(parts => Uri.UnescapeDataString(parts[0]), parts => parts.Length > 1 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : "");

    public override string ToString() => $"{Method} {Uri} at {At:HH:mm:ss.fff}";
}
