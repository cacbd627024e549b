using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>The colour of text (schema: Colors). Never let a colour alone tell a status: say it in words too.</summary>
[JsonConverter(typeof(SchemaEnumConverter<TextColor>))]
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention
}
