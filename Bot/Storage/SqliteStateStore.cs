using CoachBot.Dialogs.State;

namespace CoachBot.Bot.Storage;

/// <summary><see cref="IStateStore"/> on the <c>state</c> table, with the version check in the UPDATE itself.</summary>
public sealed class SqliteStateStore(SqliteDatabase database, TimeProvider timeProvider) : IStateStore
{
    public async Task<StateEntry?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, data FROM state WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StateEntry(key, reader.GetInt64(0), reader.GetString(1)) : null;
    }

    public async Task<long?> TrySaveAsync(string key, long expectedVersion, string json, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = expectedVersion == 0
            ? "INSERT INTO state (key, version, data, updated_at) VALUES ($key, 1, $data, $now) ON CONFLICT DO NOTHING;"
            : "UPDATE state SET version = version + 1, data = $data, updated_at = $now WHERE key = $key AND version = $expected;";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$data", json);
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$expected", expectedVersion);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? expectedVersion + 1 : null;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM state WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
