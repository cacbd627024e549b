using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>How a TextBlock behaves; <c>heading</c> marks it as a heading for screen readers (1.5).</summary>
[JsonConverter(typeof(SchemaEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    Default,
    Heading
}
