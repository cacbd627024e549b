using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model.Elements;

/// <summary>A row of a <see cref="Table"/>.</summary>
public sealed class TableRow : IHasExtensionData
{
    public IList<TableCell>? Cells { get; init; }

    public ContainerStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    public VerticalAlignment? VerticalCellContentAlignment { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
