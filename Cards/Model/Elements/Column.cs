using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Cards.Model.Actions;

namespace CoachBot.Cards.Model.Elements;

/// <summary>
/// One column of a <see cref="ColumnSet"/>. Its <c>type</c> is optional in the schema and is not written; when a
/// read card has it, it is kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class Column : IHasExtensionData
{
    public string? Id { get; init; }

    public IList<CardElement>? Items { get; init; }

    public ColumnWidth? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public VerticalContentAlignment? VerticalContentAlignment { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }

    public bool? Bleed { get; init; }

    public string? MinHeight { get; init; }

    public CardAction? SelectAction { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
