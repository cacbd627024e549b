using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>Vertical position of the content of a container.</summary>
[JsonConverter(typeof(SchemaEnumConverter<VerticalContentAlignment>))]
public enum VerticalContentAlignment
{
    Top,
    Center,
    Bottom
}
