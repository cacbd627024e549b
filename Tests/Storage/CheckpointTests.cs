using CoachBot.Bot.Storage;
using CoachBot.Tests.Scheduling;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Storage;

/// <summary>
/// The background checkpoint: committed writes reach the database file itself on a timer, and the write-ahead
/// log (<c>coachbot.db-wal</c>) starts again from the beginning instead of growing while writes keep coming.
/// </summary>
public sealed class CheckpointTests
{
    private const int RowsPerRound = 20;
    private static readonly string Payload = new('x', 2000);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnderContinuousWrites_TheLogStopsGrowing_AndTheDatabaseFileAloneHoldsTheCheckpointedRows()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        await using var temp = await TempDatabase.CreateAsync(time);
        await temp.MigrateAsync(); // WAL mode, as the host runs it
        var database = temp.Database;
        await database.WriteAsync(session => session.Execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"), Ct);
        var logFile = new FileInfo(database.FilePath + "-wal");
        var written = 0;

        // No interval has passed: no checkpoint, every write is only in the log, which grows with them.
        for (var round = 0; round < 10; round++)
        {
            written = await WriteRoundAsync(database, written);
        }

        logFile.Refresh();
        var logAfterTenRounds = logFile.Length;
        Assert.True(logAfterTenRounds > 10 * RowsPerRound * Payload.Length, $"the log holds the writes ({logAfterTenRounds} bytes)");

        // Now the interval passes in the middle of every round: 30 more rounds (six times what grew the log
        // above). Each time another connection commits right after the checkpoint, in a transaction it began
        // before it (as the writes committed while a checkpoint runs do): so the log is never fully copied when
        // the writer starts its next transaction, unless the writer first copies that rest itself.
        var checkpointed = 0;
        var settledLog = 0L;
        await using var otherConnection = new SqliteConnection($"Data Source={database.FilePath};Pooling=False");
        await otherConnection.OpenAsync(Ct);
        for (var round = 0; round < 30; round++)
        {
            checkpointed = written;
            written = await WriteRoundAsync(database, written);
            await using (var begin = otherConnection.CreateCommand())
            {
                begin.CommandText = "BEGIN; SELECT COUNT(*) FROM notes;";
                await begin.ExecuteScalarAsync(Ct);
            }

            time.Advance(new StorageOptions().CheckpointInterval);
            await using (var meanwhile = otherConnection.CreateCommand())
            {
                meanwhile.CommandText = "INSERT INTO notes (id, body) VALUES ($id, 'meanwhile'); COMMIT;";
                meanwhile.Parameters.AddWithValue("$id", written++);
                await meanwhile.ExecuteNonQueryAsync(Ct);
            }

            written = await WriteRoundAsync(database, written);
            if (round == 0)
            {
                // The first round still added to the log written above; from the first checkpoint on it starts again.
                logFile.Refresh();
                settledLog = logFile.Length;
            }
        }

        logFile.Refresh();
        Assert.True(logFile.Length <= settledLog, $"the log starts again instead of growing: {logFile.Length} bytes after 30 rounds, {settledLog} after the first");

        // The database file on its own (as a file copy without its -wal would be) has every row up to the last checkpoint.
        var copy = Path.Combine(temp.Folder, "file-only.db");
        File.Copy(database.FilePath, copy);
        await using var connection = new SqliteConnection($"Data Source={copy};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM notes;";
        var rowsInFile = Convert.ToInt32(await count.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(rowsInFile, checkpointed, written);

        // And nothing was lost: the database (file and log) has every row.
        Assert.Equal(written, await database.ReadAsync(session => Convert.ToInt32(session.Scalar("SELECT COUNT(*) FROM notes;"), System.Globalization.CultureInfo.InvariantCulture), Ct));
    }

    [Fact]
    public async Task ACheckpoint_ReportsTheLogAndCopiesItAll_WhenNothingIsWriting()
    {
        await using var temp = await TempDatabase.CreateAsync(new FakeTimeProvider());
        await temp.MigrateAsync();
        var database = temp.Database;
        await database.WriteAsync(session => session.Execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"), Ct);
        await WriteRoundAsync(database, 0);

        var checkpoint = database.Checkpoint();

        Assert.NotNull(checkpoint);
        Assert.True(checkpoint.Value.LogPages > 0, "the writes were in the log");
        Assert.Equal(checkpoint.Value.LogPages, checkpoint.Value.CopiedPages);
    }

    [Fact]
    public async Task DisposingWhileCheckpointsRun_ThrowsNothing_AndLaterCheckpointsDoNothing()
    {
        await using var temp = await TempDatabase.CreateAsync(new FakeTimeProvider());
        await temp.MigrateAsync();
        var database = temp.Open();
        await database.WriteAsync(session => session.Execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"), Ct);
        await WriteRoundAsync(database, 0);

        var checkpoints = Task.Run(
            () =>
            {
                for (var i = 0; i < 500; i++)
                {
                    database.Checkpoint();
                }
            },
            Ct);
        database.Dispose();
        await checkpoints;

        Assert.Null(database.Checkpoint());
    }

    private static async Task<int> WriteRoundAsync(SqliteDatabase database, int firstId)
    {
        for (var i = 0; i < RowsPerRound; i++)
        {
            var id = firstId + i;
            await database.WriteAsync(session => session.Execute("INSERT INTO notes (id, body) VALUES ($id, $body);", ("$id", id), ("$body", Payload)), Ct);
        }

        return firstId + RowsPerRound;
    }
}
