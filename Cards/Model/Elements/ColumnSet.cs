using CoachBot.Cards.Model.Actions;

namespace CoachBot.Cards.Model.Elements;

/// <summary>Columns side by side.</summary>
public sealed class ColumnSet : CardElement
{
    public IList<Column>? Columns { get; init; }

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public string? MinHeight { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public CardAction? SelectAction { get; init; }
}
