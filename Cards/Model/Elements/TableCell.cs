using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Cards.Model.Actions;

namespace CoachBot.Cards.Model.Elements;

/// <summary>A cell of a <see cref="TableRow"/>.</summary>
public sealed class TableCell : IHasExtensionData
{
    public IList<CardElement>? Items { get; init; }

    public ContainerStyle? Style { get; init; }

    public VerticalContentAlignment? VerticalContentAlignment { get; init; }

    public bool? Bleed { get; init; }

    public string? MinHeight { get; init; }

    public CardAction? SelectAction { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
