namespace CoachBot.Dialogs.State;

/// <summary>A stored state document and the version it was read at.</summary>
public sealed record StateEntry(string Key, long Version, string Json);

/// <summary>
/// A dumb key/value port for state documents with optimistic concurrency: a save names the version it
/// read, and fails (returns null) when someone saved in between. Version 0 means "must not exist yet".
/// </summary>
public interface IStateStore
{
    Task<StateEntry?> LoadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Saves when the stored version equals <paramref name="expectedVersion"/>; returns the new version, or null on conflict.</summary>
    Task<long?> TrySaveAsync(string key, long expectedVersion, string json, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
