using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>Style hint of a container. The status styles (good, attention, warning) must be backed by words.</summary>
[JsonConverter(typeof(SchemaEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent
}
