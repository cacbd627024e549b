namespace CoachBot.Cards.Model.Actions;

/// <summary>Action.ShowCard: reveals a nested card (which needs no version of its own).</summary>
public sealed class ShowCardAction : CardAction
{
    public AdaptiveCard? Card { get; init; }
}
