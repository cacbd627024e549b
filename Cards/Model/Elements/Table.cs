namespace CoachBot.Cards.Model.Elements;

/// <summary>A grid of cells (1.5).</summary>
public sealed class Table : CardElement
{
    public IList<TableColumnDefinition>? Columns { get; init; }

    public IList<TableRow>? Rows { get; init; }

    /// <summary>Whether the first row is a header row (the schema's spelling; some samples write "Headers").</summary>
    public bool? FirstRowAsHeader { get; init; }

    public bool? ShowGridLines { get; init; }

    public ContainerStyle? GridStyle { get; init; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    public VerticalAlignment? VerticalCellContentAlignment { get; init; }
}
