using System.Text.Json;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Requests;

/// <summary>Reads a card's inputs the way a person sees them filled in: the value each starts with.</summary>
public static class CardInputs
{
    /// <summary>The initial value of the input <paramref name="id"/>, or null when it has none (fails when there is no such input).</summary>
    public static string? ValueOf(ChatReply reply, string id)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var input = Find(reply.Card!.Value, id) ?? throw new Xunit.Sdk.XunitException($"the card has no input '{id}': {reply}");
        return input.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    /// <summary>True when the card has an input <paramref name="id"/>.</summary>
    public static bool Has(ChatReply reply, string id)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return Find(reply.Card!.Value, id) is not null;
    }

    private static JsonElement? Find(JsonElement element, string id)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.GetString()?.StartsWith("Input.", StringComparison.Ordinal) == true
                    && element.TryGetProperty("id", out var found) && found.GetString() == id)
                {
                    return element;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (Find(property.Value, id) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, id) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
