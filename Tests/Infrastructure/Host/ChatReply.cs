using System.Text.Json;

namespace CoachBot.Tests.Infrastructure.Host;

/// <summary>One message CoachBot sent in a test chat: text or a card (by kind), where, and whether it was an update.</summary>
public sealed record ChatReply(string ConversationId, string? ActivityId, string? Text, string? CardKind, JsonElement? Card, bool IsUpdate)
{
    public override string ToString()
    {
        var where = ConversationId.StartsWith("a:", StringComparison.Ordinal) ? "personal" : ConversationId;
        var what = CardKind is not null ? $"[card {CardKind}] {CardText()}" : Text;
        return $"{(IsUpdate ? "updated" : "bot")} ({where}): {what}";
    }

    /// <summary>All visible text of the card (TextBlocks, facts, button titles), for assertions and transcripts.</summary>
    public string CardText()
    {
        if (Card is not { } card)
        {
            return "";
        }

        var parts = new List<string>();
        Collect(card, parts);
        return string.Join(" | ", parts);
    }

    private static void Collect(JsonElement element, List<string> parts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && property.Name is "text" or "title" or "value" or "label")
                    {
                        parts.Add(property.Value.GetString()!);
                    }
                    else if (property.Name != "data")
                    {
                        Collect(property.Value, parts);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, parts);
                }

                break;
        }
    }
}

/// <summary>What one inbound activity produced: the HTTP status, the invoke body, and the messages sent.</summary>
public sealed record ChatTurnResult(int Status, JsonElement? InvokeBody, IReadOnlyList<ChatReply> Replies);
