using CoachBot.Cards.Model.Actions;

namespace CoachBot.Cards.Model.Elements;

/// <summary>A row of action buttons inside the body.</summary>
public sealed class ActionSet : CardElement
{
    public IList<CardAction>? Actions { get; init; }
}
