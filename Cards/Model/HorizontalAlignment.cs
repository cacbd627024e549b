using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>Horizontal position of content.</summary>
[JsonConverter(typeof(SchemaEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    Left,
    Center,
    Right
}
