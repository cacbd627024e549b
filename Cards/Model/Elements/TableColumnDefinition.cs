using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model.Elements;

/// <summary>The width and default alignment of one table column.</summary>
public sealed class TableColumnDefinition : IHasExtensionData
{
    public ColumnWidth? Width { get; init; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    public VerticalAlignment? VerticalCellContentAlignment { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
