using CoachBot.Bot.Storage;
using CoachBot.Dialogs.State;
using CoachBot.Tests.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Storage;

/// <summary>
/// What only SQLite's dialog turn store can show: two turns committing at the same moment through the group-commit
/// writer, and a second database on the same file (a restart, or a second process). The behaviour every provider
/// shares is in <c>Contracts/TurnStoreContracts.cs</c>.
/// </summary>
public sealed class SqliteTurnStoreTests
{
    private const string Key = "dialog|msteams|a:1|alice";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoTurnsSavingTheSameVersionAtOnce_ExactlyOneWins_AndOnlyItsCardsAreRecorded()
    {
        await using var temp = await TempDatabase.CreateAsync(new CoreStorageModule());
        var (state, cards) = Stores(temp.Database);
        await state.TrySaveAsync(Key, 0, """{"turn":1}""", Ct);
        using var gate = await WriterGate.HoldAsync(temp.Database, Ct);

        var first = state.TryCommitAsync(new DialogTurnChanges(Key, 1, """{"by":"first"}""", [Card("card-first")]), Ct);
        var second = state.TryCommitAsync(new DialogTurnChanges(Key, 1, """{"by":"second"}""", [Card("card-second")]), Ct);
        await gate.Release();

        Assert.Equal(2, await first);
        Assert.Null(await second);
        Assert.Equal("""{"by":"first"}""", (await state.LoadAsync(Key, Ct))!.Json);
        Assert.NotNull(await cards.FindAsync("card-first", Ct));
        Assert.Null(await cards.FindAsync("card-second", Ct));
    }

    [Fact]
    public async Task SavedTurns_AreFoundByASecondDatabaseOnTheSameFile()
    {
        await using var temp = await TempDatabase.CreateAsync(new CoreStorageModule());
        var (state, _) = Stores(temp.Database);
        await state.TryCommitAsync(new DialogTurnChanges(Key, 0, """{"turn":1}""", [Card("card-1")]), Ct);

        var (restartedState, restartedCards) = Stores(temp.Open());

        Assert.Equal(new StateEntry(Key, 1, """{"turn":1}"""), await restartedState.LoadAsync(Key, Ct));
        Assert.Equal(Card("card-1"), await restartedCards.FindAsync("card-1", Ct));
    }

    private (SqliteStateStore State, SqliteCardInstanceStore Cards) Stores(SqliteDatabase database) =>
        (new SqliteStateStore(database, _time), new SqliteCardInstanceStore(database, _time));

    private static CardInstance Card(string id, string? user = "alice") =>
        new(id, "reflection.form", "a:1", user, null, Completed: false);
}
