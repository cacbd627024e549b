using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>Style hint of a text input (password masking is client-side only).</summary>
[JsonConverter(typeof(SchemaEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    Text,
    Tel,
    Url,
    Email,
    Password
}
