using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>How an image is cropped.</summary>
[JsonConverter(typeof(SchemaEnumConverter<ImageStyle>))]
public enum ImageStyle
{
    Default,
    Person
}
