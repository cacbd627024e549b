using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace CoachBot.Bot.Storage;

/// <summary>
/// Brings every registered <see cref="IStorageModule"/> up to its newest version on start-up.
/// A database written by a newer CoachBot (a module version above what this build knows) stops start-up
/// rather than risk corrupting it.
/// </summary>
public sealed partial class DatabaseMigrator(SqliteDatabase database, IEnumerable<IStorageModule> modules, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        await ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_versions (module TEXT PRIMARY KEY, version INTEGER NOT NULL, migrated_at TEXT NOT NULL);",
            cancellationToken);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            if (!seen.Add(module.Name))
            {
                throw new InvalidOperationException($"Two storage modules are named '{module.Name}'.");
            }

            await MigrateModuleAsync(connection, module, cancellationToken);
        }
    }

    private async Task MigrateModuleAsync(SqliteConnection connection, IStorageModule module, CancellationToken cancellationToken)
    {
        var current = await GetVersionAsync(connection, module.Name, cancellationToken);
        if (current > module.Migrations.Count)
        {
            throw new InvalidOperationException(
                $"The database '{database.FilePath}' has storage module '{module.Name}' at version {current}, " +
                $"but this build of CoachBot only knows version {module.Migrations.Count}. Run a newer CoachBot or restore a backup.");
        }

        for (var version = current + 1; version <= module.Migrations.Count; version++)
        {
            await using var transaction = SqliteDatabase.BeginWrite(connection);
            await ExecuteAsync(connection, transaction, module.Migrations[version - 1], cancellationToken);
            await using (var bump = connection.CreateCommand())
            {
                bump.Transaction = transaction;
                bump.CommandText = """
                    INSERT INTO schema_versions (module, version, migrated_at) VALUES ($module, $version, datetime('now'))
                    ON CONFLICT(module) DO UPDATE SET version = excluded.version, migrated_at = excluded.migrated_at;
                    """;
                bump.Parameters.AddWithValue("$module", module.Name);
                bump.Parameters.AddWithValue("$version", version);
                await bump.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            Log.Migrated(logger, module.Name, version);
        }
    }

    /// <summary>The module's current version (0 when it has never been migrated).</summary>
    public static async Task<int> GetVersionAsync(SqliteConnection connection, string module, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_versions WHERE module = $module;";
        command.Parameters.AddWithValue("$module", module);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is null or DBNull ? 0 : Convert.ToInt32(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Storage module {Module} migrated to version {Version}")]
        public static partial void Migrated(ILogger logger, string module, int version);
    }
}
