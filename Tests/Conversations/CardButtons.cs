using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Conversations;

/// <summary>Presses one button of a card seen earlier, found by its title, as Teams would send it (an Action.Execute invoke).</summary>
public static class CardButtons
{
    /// <summary>A step that presses the button titled <paramref name="title"/> on the card <paramref name="card"/> returns.</summary>
    public static Func<ChatSession, Task> Press(Func<ChatReply?> card, string title) => session =>
    {
        var reply = card() ?? throw new InvalidOperationException("the card to press was not seen yet");
        var (verb, data) = Find(reply.Card!.Value, title) ?? throw new InvalidOperationException($"the card has no button '{title}': {reply}");
        return session.DeliverAsync(ActivityBuilder.Execute(session.User, session.Place, verb, data, reply.ActivityId), TestContext.Current.CancellationToken);
    };

    /// <summary>The same press with its data changed by <paramref name="edit"/> (a forged or out-of-date button).</summary>
    public static Func<ChatSession, Task> PressEdited(Func<ChatReply?> card, string title, Action<JsonObject> edit) => session =>
    {
        ArgumentNullException.ThrowIfNull(edit);
        var reply = card() ?? throw new InvalidOperationException("the card to press was not seen yet");
        var (verb, data) = Find(reply.Card!.Value, title) ?? throw new InvalidOperationException($"the card has no button '{title}': {reply}");
        edit(data);
        return session.DeliverAsync(ActivityBuilder.Execute(session.User, session.Place, verb, data, reply.ActivityId), TestContext.Current.CancellationToken);
    };

    /// <summary>The titles of the card's Action.Execute buttons, in order.</summary>
    public static IReadOnlyList<string> Titles(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var titles = new List<string>();
        Walk(reply.Card!.Value, element =>
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute" && element.TryGetProperty("title", out var title))
            {
                titles.Add(title.GetString()!);
            }
        });
        return titles;
    }

    private static (string Verb, JsonObject Data)? Find(JsonElement card, string title)
    {
        (string, JsonObject)? found = null;
        Walk(card, element =>
        {
            if (found is null && element.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute"
                && element.TryGetProperty("title", out var t) && t.GetString() == title)
            {
                found = (element.GetProperty("verb").GetString()!, JsonNode.Parse(element.GetProperty("data").GetRawText())!.AsObject());
            }
        });
        return found;
    }

    private static void Walk(JsonElement element, Action<JsonElement> visit)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                visit(element);
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, visit);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, visit);
                }

                break;
        }
    }
}
