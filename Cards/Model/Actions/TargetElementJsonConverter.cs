using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model.Actions;

/// <summary>Reads a <see cref="TargetElement"/> from a string or an <c>{elementId, isVisible}</c> object.</summary>
public sealed class TargetElementJsonConverter : JsonConverter<TargetElement>
{
    public override TargetElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new TargetElement(reader.GetString()!);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A target element must be an element id or an object with elementId.");
        }

        string? elementId = null;
        bool? isVisible = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "elementId" when reader.TokenType == JsonTokenType.String:
                    elementId = reader.GetString();
                    break;
                case "isVisible" when reader.TokenType is JsonTokenType.True or JsonTokenType.False:
                    isVisible = reader.GetBoolean();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return elementId is null
            ? throw new JsonException("A target element object needs a string elementId.")
            : new TargetElement(elementId, isVisible);
    }

    public override void Write(Utf8JsonWriter writer, TargetElement value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.IsVisible is null)
        {
            writer.WriteStringValue(value.ElementId);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("elementId", value.ElementId);
        writer.WriteBoolean("isVisible", value.IsVisible.Value);
        writer.WriteEndObject();
    }
}
