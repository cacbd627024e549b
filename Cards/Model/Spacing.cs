using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>Controls the space between an element and the one before it.</summary>
[JsonConverter(typeof(SchemaEnumConverter<Spacing>))]
public enum Spacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding
}
