using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>The font family of text.</summary>
[JsonConverter(typeof(SchemaEnumConverter<FontType>))]
public enum FontType
{
    Default,
    Monospace
}
