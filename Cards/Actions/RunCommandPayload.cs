using System.Text.Json.Serialization.Metadata;

namespace CoachBot.Cards.Actions;

/// <summary><c>command.run</c>: runs a chat command (e.g. <c>help</c>, <c>roles</c>) as if the user typed it.</summary>
public sealed record RunCommandPayload(string Command) : ICardActionPayload<RunCommandPayload>
{
    public static string Verb => ActionVerbs.CommandRun;

    public static int Version => 1;

    public static JsonTypeInfo<RunCommandPayload> JsonTypeInfo => CardActionJsonContext.Default.RunCommandPayload;
}
