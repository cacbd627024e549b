using CoachBot.Bot.Storage;
using CoachBot.Dialogs.State;
using CoachBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Storage;

/// <summary>The schema moves forward on start-up without losing data, and refuses a database from a newer build.</summary>
public sealed class MigrationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"coachbot-migration-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Migrate_FromThePreviousCoreVersion_KeepsStateAndCardsAndAddsTheNewColumn()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = Database();
        await new DatabaseMigrator(database, [new FirstVersionOf(new CoreStorageModule())], NullLogger<DatabaseMigrator>.Instance).MigrateAsync(ct);
        var state = new SqliteStateStore(database, _time);
        var cards = new SqliteCardInstanceStore(database, _time);
        Assert.Equal(1, await state.TrySaveAsync("dialog|msteams|a:1|alice", 0, """{"stack":[],"turnCount":7}""", ct));
        await InsertVersion1CardAsync(database, ct);

        await new DatabaseMigrator(database, [new CoreStorageModule()], NullLogger<DatabaseMigrator>.Instance).MigrateAsync(ct);

        await using (var connection = await database.OpenAsync(ct))
        {
            Assert.Equal(2, await DatabaseMigrator.GetVersionAsync(connection, "core", ct));
        }

        var kept = await state.LoadAsync("dialog|msteams|a:1|alice", ct);
        Assert.Equal("""{"stack":[],"turnCount":7}""", kept!.Json);
        Assert.Equal(1, kept.Version);
        var card = await cards.FindAsync("card-1", ct);
        Assert.Equal("reflection.form", card!.Kind);
        Assert.True(await cards.TryCompleteAsync("card-1", "alice", ct));
        Assert.Equal("alice", await CompletedByAsync(database, "card-1", ct));
    }

    [Fact]
    public async Task Migrate_RunTwice_IsANoOp()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = Database();
        var migrator = new DatabaseMigrator(database, [new CoreStorageModule()], NullLogger<DatabaseMigrator>.Instance);

        await migrator.MigrateAsync(ct);
        await migrator.MigrateAsync(ct);

        await using var connection = await database.OpenAsync(ct);
        Assert.Equal(new CoreStorageModule().Migrations.Count, await DatabaseMigrator.GetVersionAsync(connection, "core", ct));
    }

    [Fact]
    public async Task Migrate_ADatabaseFromANewerBuild_StopsWithAClearMessage()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = Database();
        await new DatabaseMigrator(database, [new CoreStorageModule()], NullLogger<DatabaseMigrator>.Instance).MigrateAsync(ct);
        await using (var connection = await database.OpenAsync(ct))
        await using (var bump = connection.CreateCommand())
        {
            bump.CommandText = "UPDATE schema_versions SET version = 99 WHERE module = 'core';";
            await bump.ExecuteNonQueryAsync(ct);
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new DatabaseMigrator(database, [new CoreStorageModule()], NullLogger<DatabaseMigrator>.Instance).MigrateAsync(ct));

        Assert.Contains("version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer CoachBot", error.Message, StringComparison.Ordinal);
    }

    private SqliteDatabase Database() =>
        new(Options.Create(new StorageOptions { ConnectionString = $"Data Source={_path}" }), new TestHostEnvironment(), _time, NullLogger<SqliteDatabase>.Instance);

    private static async Task InsertVersion1CardAsync(SqliteDatabase database, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO card_instances (card_id, kind, conversation_id, user_key, activity_id, status, created_at)
            VALUES ('card-1', 'reflection.form', 'a:1', 'alice', '1700000000000', 'sent', 0);
            """;
        await insert.ExecuteNonQueryAsync(ct);
    }

    private static async Task<string?> CompletedByAsync(SqliteDatabase database, string cardId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT completed_by FROM card_instances WHERE card_id = $id;";
        query.Parameters.AddWithValue("$id", cardId);
        return (string?)await query.ExecuteScalarAsync(ct);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    /// <summary>A module as the previous release shipped it: only its first migration.</summary>
    private sealed class FirstVersionOf(IStorageModule module) : IStorageModule
    {
        public string Name => module.Name;

        public IReadOnlyList<string> Migrations => [module.Migrations[0]];
    }
}
