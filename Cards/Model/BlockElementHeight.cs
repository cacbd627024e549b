using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>Height of an element.</summary>
[JsonConverter(typeof(SchemaEnumConverter<BlockElementHeight>))]
public enum BlockElementHeight
{
    Auto,
    Stretch
}
