using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Cards.Model.Actions;

namespace CoachBot.Cards.Model.Elements;

/// <summary>
/// A run of plain text inside a <see cref="RichTextBlock"/>. Markdown is not interpreted, so user text is safe
/// here. Registers itself as its own derived type so <c>"type": "TextRun"</c> is written and checked.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextRun), "TextRun")]
public class TextRun : IHasExtensionData
{
    public string? Text { get; init; }

    public TextColor? Color { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public FontType? FontType { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }

    public bool? Strikethrough { get; init; }

    public bool? Underline { get; init; }

    public bool? Highlight { get; init; }

    public CardAction? SelectAction { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
