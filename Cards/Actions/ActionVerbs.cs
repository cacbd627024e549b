namespace CoachBot.Cards.Actions;

/// <summary>
/// Every Action.Execute verb CoachBot's cards send. The verb is on the action and repeated in its data
/// (<c>"verb"</c>), so a submit that arrives without it (e.g. an Action.Submit fallback) still routes.
/// </summary>
public static class ActionVerbs
{
    /// <summary>Runs a chat command as if the user typed it ({ command }).</summary>
    public const string CommandRun = "command.run";

    /// <summary>Shows the answer for a roles Q&amp;A topic ({ topicId }).</summary>
    public const string RolesTopic = "roles.topic";

    /// <summary>"None of these" on the did-you-mean card ({}).</summary>
    public const string RolesNone = "roles.none";

    /// <summary>"Ask a coach about this": starts a support request about a topic ({ topicId }).</summary>
    public const string SupportAsk = "support.ask";
}
