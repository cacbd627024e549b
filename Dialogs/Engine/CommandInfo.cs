namespace CoachBot.Dialogs.Engine;

/// <summary>
/// What a command is, as its feature declares it: the name typed (lower case; may be several words, "add coach"),
/// other names, the line the help card shows, who may run it and whether what it answers is private.
/// </summary>
/// <param name="Name">The command as typed.</param>
/// <param name="Help">
/// The help card's line for it (Markdown, without the command itself), or null to leave it out of help (e.g. the
/// "remove" twin of a command whose help line covers both).
/// </param>
/// <param name="RequiredRole">The role needed to run it (a <c>CoachingRoles</c> name); null = everyone.</param>
/// <param name="IsPrivate">
/// True when everything it answers is private: asked in a group chat or channel, its replies go to the user's
/// personal chat and the group sees only a notice.
/// </param>
/// <param name="Aliases">Other names for it.</param>
/// <param name="Usage">How help shows it when that differs from <paramref name="Name"/> (e.g. "add coach @Name").</param>
/// <param name="DeniedText">
/// What someone without <paramref name="RequiredRole"/> is told (Markdown), e.g. what CoachBot does for a teacher
/// instead; null = the role checker's own words.
/// </param>
public sealed record CommandInfo(
    string Name,
    string? Help,
    string? RequiredRole = null,
    bool IsPrivate = false,
    IReadOnlyList<string>? Aliases = null,
    string? Usage = null,
    string? DeniedText = null)
{
    public IReadOnlyList<string> AllNames => [Name, .. Aliases ?? []];
}

/// <summary>A command the router can run: its declaration and the instance that runs it.</summary>
public sealed record RegisteredCommand(CommandInfo Info, IChatCommand Command)
{
    public string Name => Info.Name;
}
