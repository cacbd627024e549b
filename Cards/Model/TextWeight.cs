using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>The weight of text (schema: FontWeight).</summary>
[JsonConverter(typeof(SchemaEnumConverter<TextWeight>))]
public enum TextWeight
{
    Default,
    Lighter,
    Bolder
}
