namespace CoachBot.Cards.Views;

/// <summary>Chat commands CoachBot's own cards run through <c>command.run</c>.</summary>
public static class Commands
{
    /// <summary>Shows the help card.</summary>
    public const string Help = "help";
}
