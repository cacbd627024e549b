using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>The size of text (schema: FontSize).</summary>
[JsonConverter(typeof(SchemaEnumConverter<TextSize>))]
public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge
}
