namespace CoachBot.Cards.Model.Actions;

/// <summary>Action.OpenUrl: opens a link.</summary>
public sealed class OpenUrlAction : CardAction
{
    public string? Url { get; init; }
}
