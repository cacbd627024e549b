using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoachBot.Cards.Checks;

/// <summary>
/// Checks that a card's JSON uses Teams' <c>msteams</c> properties only where and how protocol.md documents
/// them: on a card, <c>width: "Full"</c> and <c>entities</c> of mentions whose <c>&lt;at&gt;</c> text appears in the
/// card's text (§7, §1.5); on an Image, <c>allowExpand</c> (§7); in an Action.Submit's data, the
/// messageBack / imBack / signin / task/fetch objects (§4.3). Everything else named <c>msteams</c> is a problem.
/// </summary>
public static class TeamsExtensionRules
{
    /// <summary>The JSON name of Teams' extension objects.</summary>
    public const string PropertyName = "msteams";

    private static readonly Dictionary<string, string[]> SubmitKeys = new(StringComparer.Ordinal)
    {
        ["imBack"] = ["type", "value"],
        ["messageBack"] = ["type", "text", "displayText", "value"],
        ["signin"] = ["type", "value"],
        ["task/fetch"] = ["type"],
    };

    private enum Place
    {
        Other,
        Card,
        Image,
        SubmitData,
    }

    /// <summary>Every undocumented or malformed use of <c>msteams</c> in <paramref name="card"/> (a serialized card).</summary>
    public static IReadOnlyList<CardProblem> Check(JsonElement card)
    {
        var problems = new List<CardProblem>();
        var texts = new List<string>();
        CollectTexts(card, texts);
        Visit(card, "$", Place.Card, texts, problems);
        return problems;
    }

    /// <summary>
    /// A copy of <paramref name="card"/> without the documented card-level and image-level <c>msteams</c> objects
    /// (which the Adaptive Card schema does not know), for schema validation.
    /// </summary>
    public static JsonNode WithoutCardAndImageExtensions(JsonElement card)
    {
        var copy = JsonNode.Parse(card.GetRawText())!;
        Strip(copy, Place.Card);
        return copy;
    }

    private static void Visit(JsonElement node, string path, Place place, List<string> texts, List<CardProblem> problems)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in node.EnumerateArray())
            {
                Visit(item, $"{path}[{index++}]", place == Place.Image ? Place.Image : PlaceOf(item), texts, problems);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in node.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (property.NameEquals(PropertyName))
            {
                CheckExtension(property.Value, childPath, place, texts, problems);
            }
            else
            {
                Visit(property.Value, childPath, ChildPlace(node, property.Name, property.Value), texts, problems);
            }
        }
    }

    private static Place PlaceOf(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString() switch
            {
                "AdaptiveCard" => Place.Card,
                "Image" => Place.Image,
                _ => Place.Other,
            }
            : Place.Other;

    private static Place ChildPlace(JsonElement parent, string name, JsonElement child)
    {
        var parentType = parent.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;
        return (parentType, name) switch
        {
            ("Action.Submit", "data") => Place.SubmitData,
            ("ImageSet", "images") => Place.Image,
            _ => PlaceOf(child),
        };
    }

    private static void CheckExtension(JsonElement value, string path, Place place, List<string> texts, List<CardProblem> problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("msteams", path, "msteams must be an object."));
            return;
        }

        switch (place)
        {
            case Place.Card:
                CheckCardExtension(value, path, texts, problems);
                break;
            case Place.Image:
                foreach (var property in value.EnumerateObject())
                {
                    if (!property.NameEquals("allowExpand") || property.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    {
                        problems.Add(new("msteams", $"{path}.{property.Name}", "An image's msteams may only hold allowExpand (a boolean)."));
                    }
                }

                break;
            case Place.SubmitData:
                var kind = value.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;
                if (kind is null || !SubmitKeys.TryGetValue(kind, out var allowed))
                {
                    problems.Add(new("msteams", path, $"'{kind}' is not a documented Action.Submit msteams type (imBack, messageBack, signin, task/fetch)."));
                    break;
                }

                foreach (var property in value.EnumerateObject().Where(p => !allowed.Contains(p.Name, StringComparer.Ordinal)))
                {
                    problems.Add(new("msteams", $"{path}.{property.Name}", $"A {kind} msteams object has no '{property.Name}'."));
                }

                break;
            default:
                problems.Add(new("msteams", path, "msteams is only documented on a card, an Image and an Action.Submit's data."));
                break;
        }
    }

    private static void CheckCardExtension(JsonElement value, string path, List<string> texts, List<CardProblem> problems)
    {
        foreach (var property in value.EnumerateObject())
        {
            var where = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "width":
                    if (property.Value.ValueKind != JsonValueKind.String || property.Value.GetString() != "Full")
                    {
                        problems.Add(new("msteams", where, "The only documented card width is \"Full\"."));
                    }

                    break;
                case "entities":
                    CheckMentions(property.Value, where, texts, problems);
                    break;
                default:
                    problems.Add(new("msteams", where, $"'{property.Name}' is not a documented card-level msteams property (width, entities)."));
                    break;
            }
        }
    }

    private static void CheckMentions(JsonElement entities, string path, List<string> texts, List<CardProblem> problems)
    {
        if (entities.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new("msteams", path, "entities must be an array of mentions."));
            return;
        }

        var index = 0;
        foreach (var entity in entities.EnumerateArray())
        {
            var where = $"{path}[{index++}]";
            var isMention = entity.ValueKind == JsonValueKind.Object
                && entity.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "mention"
                && entity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                && entity.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
                && mentioned.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString()!.Length > 0
                && mentioned.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String;
            if (!isMention)
            {
                problems.Add(new("msteams", where, "An entity must be {type: \"mention\", text, mentioned: {id, name}}."));
                continue;
            }

            var markup = entity.GetProperty("text").GetString()!;
            if (!markup.StartsWith("<at>", StringComparison.Ordinal) || !markup.EndsWith("</at>", StringComparison.Ordinal))
            {
                problems.Add(new("msteams", where, $"The mention text '{markup}' is not <at>…</at>."));
            }
            else if (!texts.Any(t => t.Contains(markup, StringComparison.Ordinal)))
            {
                problems.Add(new("msteams", where, $"The mention text '{markup}' appears in no text of the card, so Teams ignores it."));
            }
        }
    }

    private static void CollectTexts(JsonElement node, List<string> texts)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in node.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && property.Name is "text" or "title" or "value")
                    {
                        texts.Add(property.Value.GetString()!);
                    }
                    else if (!property.NameEquals(PropertyName))
                    {
                        CollectTexts(property.Value, texts);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    CollectTexts(item, texts);
                }

                break;
        }
    }

    private static void Strip(JsonNode? node, Place place)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Strip(item, place == Place.Image ? Place.Image : PlaceOf(item));
                }

                break;
            case JsonObject obj:
                if (place is Place.Card or Place.Image)
                {
                    obj.Remove(PropertyName);
                }

                var parentType = obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) ? name : null;
                foreach (var (key, child) in obj.ToList())
                {
                    Strip(child, parentType == "ImageSet" && key == "images" ? Place.Image : PlaceOf(child));
                }

                break;
        }
    }

    private static Place PlaceOf(JsonNode? node) =>
        node is JsonObject obj && obj["type"] is JsonValue type && type.TryGetValue<string>(out var name)
            ? name switch
            {
                "AdaptiveCard" => Place.Card,
                "Image" => Place.Image,
                _ => Place.Other,
            }
            : Place.Other;
}
