using CoachBot.Bot.Storage;
using CoachBot.Tests.Scheduling;
using Microsoft.Data.Sqlite;

namespace CoachBot.Tests.Storage;

/// <summary>
/// <see cref="SqliteDatabase"/>'s one writer with group commit and its pooled readers: every completed write is
/// saved and visible, a failing write is rolled back alone, cancelled writes write nothing.
/// </summary>
public sealed class GroupCommitTests
{
    // Only a hang gets near this.
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoHundredConcurrentWrites_AllSucceed_AndAReadAfterwardsSeesEveryRow()
    {
        await using var temp = await ItemsDatabaseAsync();
        var database = temp.Database;

        var writes = Enumerable.Range(0, 200)
            .Select(i => Task.Run(() => database.WriteAsync(session => Insert(session, i, $"item-{i}"), Ct), Ct))
            .ToArray();
        var changed = await Task.WhenAll(writes);

        Assert.All(changed, rows => Assert.Equal(1, rows));
        Assert.Equal(Enumerable.Range(0, 200), await IdsAsync(database));
    }

    [Fact]
    public async Task AWriteReturnsItsResultToItsOwnCaller()
    {
        await using var temp = await ItemsDatabaseAsync();
        var database = temp.Database;
        using var gate = await WriterGate.HoldAsync(database, Ct);

        // Queued behind the held write, so all three run in the same batch.
        var writes = new[] { 10, 20, 30 }
            .Select(id => database.WriteAsync(session => Insert(session, id, $"item-{id}") * id, Ct))
            .ToArray();
        await gate.Release();

        var results = await Task.WhenAll(writes);
        Assert.Equal([10, 20, 30], results);
    }

    [Fact]
    public async Task AWriteThatThrowsAfterItsInsert_FailsAlone_AndTheOthersOfItsBatchAreSaved()
    {
        await using var temp = await ItemsDatabaseAsync();
        var database = temp.Database;
        var failure = new InvalidOperationException("the turn failed after its insert");
        using var gate = await WriterGate.HoldAsync(database, Ct);

        var before = Enumerable.Range(0, 5).Select(i => database.WriteAsync(session => Insert(session, i, $"item-{i}"), Ct)).ToArray();
        var failing = database.WriteAsync(
            session =>
            {
                Insert(session, 100, "doomed");
                throw failure;
            },
            Ct);
        var after = Enumerable.Range(5, 5).Select(i => database.WriteAsync(session => Insert(session, i, $"item-{i}"), Ct)).ToArray();
        await gate.Release();

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Same(failure, thrown);
        await Task.WhenAll(before.Concat(after));
        Assert.Equal(Enumerable.Range(0, 10), await IdsAsync(database));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AWriteThatViolatesAConstraint_GetsTheSqliteError_AndTheOthersOfItsBatchAreSaved(bool queued)
    {
        await using var temp = await ItemsDatabaseAsync();
        var database = temp.Database;
        await database.WriteAsync(session => Insert(session, 1, "taken"), Ct);
        using var gate = await WriterGate.HoldAsync(database, Ct);

        // Queued behind the held write, so all three are committed together; queued writes (QueueWriteAsync)
        // share batches with ordinary ones.
        var first = database.WriteAsync(session => Insert(session, 2, "two"), Ct);
        Action<SqliteSession> failing = session =>
        {
            Insert(session, 3, "three");
            Insert(session, 4, "taken");
        };
        var duplicate = queued ? database.QueueWriteAsync(failing, Ct) : database.WriteAsync(failing, Ct);
        var last = queued
            ? database.QueueWriteAsync(session => Insert(session, 5, "five"), Ct)
            : database.WriteAsync(session => Insert(session, 5, "five"), Ct);
        await gate.Release();

        var error = await Assert.ThrowsAsync<SqliteException>(() => duplicate);
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT
        await Task.WhenAll(first, last);
        Assert.Equal([1, 2, 5], await IdsAsync(database));
    }

    [Fact]
    public async Task AfterAFailedWrite_TheWriterKeepsWriting()
    {
        await using var temp = await ItemsDatabaseAsync();
        var database = temp.Database;

        await Assert.ThrowsAsync<SqliteException>(() => database.WriteAsync(session => session.Execute("INSERT INTO missing_table VALUES (1);"), Ct));
        await database.WriteAsync(session => Insert(session, 7, "seven"), Ct);

        Assert.Equal([7], await IdsAsync(database));
    }

    [Fact]
    public async Task AWriteWithAnAlreadyCancelledToken_IsCancelled_AndWritesNothing()
    {
        await using var temp = await ItemsDatabaseAsync();
        var database = temp.Database;
        var ran = false;

        var write = database.WriteAsync(
            session =>
            {
                ran = true;
                Insert(session, 1, "one");
            },
            new CancellationToken(canceled: true));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => write);
        Assert.True(write.IsCanceled);
        Assert.False(ran);
        Assert.Empty(await IdsAsync(database));
    }

    [Fact]
    public async Task AWriteCancelledWhileQueued_IsSkipped_AndTheRestOfItsBatchIsSaved()
    {
        await using var temp = await ItemsDatabaseAsync();
        var database = temp.Database;
        using var cancellation = new CancellationTokenSource();
        using var gate = await WriterGate.HoldAsync(database, Ct);

        var kept = database.WriteAsync(session => Insert(session, 1, "one"), Ct);
        var cancelled = database.WriteAsync(session => Insert(session, 2, "two"), cancellation.Token);
        await cancellation.CancelAsync();
        await gate.Release();

        await kept;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.True(cancelled.IsCanceled);
        Assert.Equal([1], await IdsAsync(database));
    }

    [Fact]
    public async Task CompletedWrites_AreVisibleToASecondDatabaseOnTheSameFile()
    {
        await using var temp = await ItemsDatabaseAsync();
        var first = temp.Database;
        var second = temp.Open();
        Assert.Empty(await IdsAsync(second));

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => first.WriteAsync(session => Insert(session, i, $"item-{i}"), Ct)));

        Assert.Equal(Enumerable.Range(0, 20), await IdsAsync(second));
    }

    [Fact]
    public async Task AReaderThatAlreadyRead_SeesWritesMadeLaterByAnotherDatabase()
    {
        await using var temp = await ItemsDatabaseAsync();
        var reader = temp.Database;
        var writer = temp.Open();
        Assert.Empty(await IdsAsync(reader));

        await writer.WriteAsync(session => Insert(session, 1, "one"), Ct);

        Assert.Equal([1], await IdsAsync(reader));
    }

    [Fact]
    public async Task WritesSurviveClosingTheDatabase_AndReopeningTheFile()
    {
        await using var temp = await ItemsDatabaseAsync();
        var before = temp.Open();
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => before.WriteAsync(session => Insert(session, i, $"item-{i}"), Ct)));

        before.Dispose();

        Assert.Equal(Enumerable.Range(0, 10), await IdsAsync(temp.Open()));
    }

    [Fact]
    public async Task AfterDispose_ReadsAndWritesThrowObjectDisposed()
    {
        await using var temp = await ItemsDatabaseAsync();
        var database = temp.Open();
        Assert.Empty(await IdsAsync(database));
        await database.WriteAsync(session => Insert(session, 1, "one"), Ct);

        database.Dispose();
        database.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => IdsAsync(database));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => database.WriteAsync(session => Insert(session, 2, "two"), Ct));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => database.WriteAsync(_ => { }, Ct));
        Assert.Equal([1], await IdsAsync(temp.Database));
    }

    [Fact]
    public async Task DisposeWhileWritesAreQueued_EndsEveryWrite_SavedOrObjectDisposed()
    {
        await using var temp = await ItemsDatabaseAsync();
        var database = temp.Open();
        using var gate = await WriterGate.HoldAsync(database, Ct);
        var queued = Enumerable.Range(0, 5).Select(i => database.WriteAsync(session => Insert(session, i, $"item-{i}"), Ct)).ToArray();

        var disposing = Task.Run(database.Dispose, Ct);
        await gate.Release();
        await disposing.WaitAsync(HangLimit, TimeProvider.System, Ct);

        // Every write has ended, none is left waiting (WhenAny does not rethrow their errors).
        await Task.WhenAny(Task.WhenAll(queued)).WaitAsync(HangLimit, TimeProvider.System, Ct);
        var saved = await IdsAsync(temp.Database);
        Assert.All(queued.Zip(Enumerable.Range(0, queued.Length)), pair =>
        {
            var (write, id) = pair;
            if (write.IsCompletedSuccessfully)
            {
                Assert.Contains(id, saved);
            }
            else
            {
                Assert.IsType<ObjectDisposedException>(write.Exception!.InnerException);
                Assert.DoesNotContain(id, saved);
            }
        });
    }

    [Fact]
    public async Task AReadWithBadSql_ThrowsSqliteException_AndLaterReadsStillWork()
    {
        await using var temp = await ItemsDatabaseAsync();
        var database = temp.Database;
        await database.WriteAsync(session => Insert(session, 1, "one"), Ct);

        await Assert.ThrowsAsync<SqliteException>(() => database.ReadAsync(session => session.Scalar("SELEKT * FROM items;"), Ct));
        await Assert.ThrowsAsync<SqliteException>(() => database.ReadAsync(session => session.Scalar("SELECT nothing FROM items;"), Ct));

        Assert.Equal([1], await IdsAsync(database));
        Assert.Equal("one", await database.ReadAsync(session => session.Scalar("SELECT name FROM items WHERE id = $id;", ("$id", 1)), Ct));
    }

    [Fact]
    public async Task AReadThatThrowsItsOwnException_PassesItToTheCaller_AndLaterReadsStillWork()
    {
        await using var temp = await ItemsDatabaseAsync();
        var database = temp.Database;
        var failure = new FormatException("unreadable row");

        var thrown = await Assert.ThrowsAsync<FormatException>(() => database.ReadAsync<int>(_ => throw failure, Ct));

        Assert.Same(failure, thrown);
        Assert.Empty(await IdsAsync(database));
    }

    [Fact]
    public async Task ConcurrentReadsAndWrites_EachReadSeesAtLeastTheWritesCompletedBeforeIt()
    {
        await using var temp = await ItemsDatabaseAsync();
        var database = temp.Database;

        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(
            async () =>
            {
                for (var i = 0; i < 10; i++)
                {
                    var id = worker * 100 + i;
                    await database.WriteAsync(session => Insert(session, id, $"item-{id}"), Ct);
                    var seen = await database.ReadAsync(session => session.Scalar("SELECT COUNT(*) FROM items WHERE id = $id;", ("$id", id)), Ct);
                    Assert.Equal(1L, seen);
                }
            },
            Ct));
        await Task.WhenAll(workers);

        Assert.Equal(80, (await IdsAsync(database)).Count);
    }

    [Fact]
    public async Task AQueuedWrite_IsNotCommittedOnTheCallersThread_AndIsSavedAfterwards()
    {
        await using var temp = await ItemsDatabaseAsync();
        var database = temp.Database;
        using var callerReturned = new ManualResetEventSlim();
        var waitedForTheCaller = false;

        // Run on the caller's thread, this write would wait for a return that cannot happen before it ends.
        var queued = database.QueueWriteAsync(
            session =>
            {
                waitedForTheCaller = callerReturned.Wait(TimeSpan.FromSeconds(5), Ct);
                Insert(session, 1, "queued");
            },
            Ct);
        callerReturned.Set();
        await queued.WaitAsync(HangLimit, Ct);

        Assert.True(waitedForTheCaller, "the queued write ran only after its caller had returned");
        Assert.Equal([1], await IdsAsync(database));
    }

    private static async Task<TempDatabase> ItemsDatabaseAsync()
    {
        var temp = await TempDatabase.CreateAsync();
        await temp.Database.WriteAsync(
            session => session.Execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"),
            Ct);
        return temp;
    }

    private static int Insert(SqliteSession session, int id, string name) =>
        session.Execute("INSERT INTO items (id, name) VALUES ($id, $name);", ("$id", id), ("$name", name));

    private static Task<List<int>> IdsAsync(SqliteDatabase database) =>
        database.ReadAsync(
            session =>
            {
                using var reader = session.Query("SELECT id FROM items ORDER BY id;");
                var ids = new List<int>();
                while (reader.Read())
                {
                    ids.Add(reader.GetInt32(0));
                }

                return ids;
            },
            Ct);
}
