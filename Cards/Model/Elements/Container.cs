using CoachBot.Cards.Model.Actions;

namespace CoachBot.Cards.Model.Elements;

/// <summary>Groups elements. CoachBot's views put everything in one root container whose id is the card kind.</summary>
public sealed class Container : CardElement
{
    public IList<CardElement>? Items { get; init; }

    public ContainerStyle? Style { get; init; }

    public VerticalContentAlignment? VerticalContentAlignment { get; init; }

    public bool? Bleed { get; init; }

    public string? MinHeight { get; init; }

    public CardAction? SelectAction { get; init; }
}
