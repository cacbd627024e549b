using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>Approximate size of an image.</summary>
[JsonConverter(typeof(SchemaEnumConverter<ImageSize>))]
public enum ImageSize
{
    Auto,
    Stretch,
    Small,
    Medium,
    Large
}
