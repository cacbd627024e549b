namespace CoachBot.Cards.Model.Actions;

/// <summary>Action.ToggleVisibility: shows, hides or toggles elements by id.</summary>
public sealed class ToggleVisibilityAction : CardAction
{
    public IList<TargetElement>? TargetElements { get; init; }
}
