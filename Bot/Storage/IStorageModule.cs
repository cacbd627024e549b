namespace CoachBot.Bot.Storage;

/// <summary>
/// One area's tables and their forward-only migrations. Each module keeps its own version in
/// <c>schema_versions</c>, so areas evolve their tables independently. Step N (1-based) moves the module
/// from version N-1 to N; a released step is never edited, only followed by a new one.
/// </summary>
public interface IStorageModule
{
    /// <summary>Stable module name, e.g. <c>core</c>, <c>outbound</c>.</summary>
    string Name { get; }

    /// <summary>SQL scripts, oldest first. Each runs in its own transaction with the version bump.</summary>
    IReadOnlyList<string> Migrations { get; }
}
