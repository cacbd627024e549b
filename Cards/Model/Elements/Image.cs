using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Teams;
using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model.Elements;

/// <summary>An image (PNG, JPEG or GIF over HTTPS, at most 1024×1024 px). Always give <see cref="AltText"/>.</summary>
public sealed class Image : CardElement
{
    public string? Url { get; init; }

    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }

    public ImageStyle? Style { get; init; }

    /// <summary>A pixel width such as <c>50px</c>.</summary>
    public string? Width { get; init; }

    /// <summary>A pixel height such as <c>50px</c>, or <c>auto</c>/<c>stretch</c>; hides the base element height.</summary>
    public new string? Height { get; init; }

    public string? BackgroundColor { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public CardAction? SelectAction { get; init; }

    /// <summary>Teams' image extension: <c>allowExpand</c> opens the image in stage view.</summary>
    [JsonPropertyName("msteams")]
    public TeamsImageProperties? Teams { get; init; }
}
