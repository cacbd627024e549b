using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>Style of an action button (Teams ignores positive/destructive styling).</summary>
[JsonConverter(typeof(SchemaEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    Default,
    Positive,
    Destructive
}
