using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>Vertical position of content (table cells).</summary>
[JsonConverter(typeof(SchemaEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment
{
    Top,
    Center,
    Bottom
}
