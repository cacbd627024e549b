namespace CoachBot.Cards.Actions;

/// <summary>
/// The Action.Execute verbs every card may use. A feature's own verbs live on its payload records in
/// <c>Cards/Views/&lt;Feature&gt;/</c> (e.g. <c>RoleTopicPayload.VerbName</c>); the router refuses two handlers for one verb.
/// The verb is on the action and repeated in its data (<c>"verb"</c>), so a submit that arrives without it (e.g. an
/// Action.Submit fallback) still routes.
/// </summary>
public static class ActionVerbs
{
    /// <summary>Runs a chat command as if the user typed it ({ command }).</summary>
    public const string CommandRun = "command.run";
}
