using CoachBot.Dialogs.State;

namespace CoachBot.Bot.Storage;

/// <summary>
/// <see cref="IStateStore"/> on the <c>state</c> table, with the version check in the UPDATE itself; also the dialog
/// turn's unit of work (<see cref="IDialogTurnStore"/>): state and sent cards in one write, so a turn costs one commit.
/// </summary>
public sealed class SqliteStateStore(SqliteDatabase database, TimeProvider timeProvider) : IStateStore, IDialogTurnStore
{
    public Task<StateEntry?> LoadAsync(string key, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            using var reader = session.Query("SELECT version, data FROM state WHERE key = $key;", ("$key", key));
            return reader.Read() ? new StateEntry(key, reader.GetInt64(0), reader.GetString(1)) : null;
        }, cancellationToken);

    public Task<long?> TrySaveAsync(string key, long expectedVersion, string json, CancellationToken cancellationToken) =>
        TryCommitAsync(new DialogTurnChanges(key, expectedVersion, json, []), cancellationToken);

    public Task<long?> TryCommitAsync(DialogTurnChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        return database.WriteAsync(session =>
        {
            var changed = changes.ExpectedVersion == 0
                ? session.Execute(
                    "INSERT INTO state (key, version, data, updated_at) VALUES ($key, 1, $data, $now) ON CONFLICT DO NOTHING;",
                    ("$key", changes.StateKey), ("$data", changes.StateJson), ("$now", now))
                : session.Execute(
                    "UPDATE state SET version = version + 1, data = $data, updated_at = $now WHERE key = $key AND version = $expected;",
                    ("$key", changes.StateKey), ("$data", changes.StateJson), ("$now", now), ("$expected", changes.ExpectedVersion));
            if (changed != 1)
            {
                return (long?)null;
            }

            foreach (var card in changes.SentCards)
            {
                SqliteCardInstanceStore.RecordSent(session, card, now);
            }

            return changes.ExpectedVersion + 1;
        }, cancellationToken);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Execute("DELETE FROM state WHERE key = $key;", ("$key", key)), cancellationToken);
}
