using CoachBot.Bot.Hosting;
using CoachBot.Bot.Pipeline;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs.State;
using CoachBot.Tests.Scheduling;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Storage;

/// <summary>
/// A turn's writes: its state and the cards it sent are saved together (or not at all when another turn saved
/// first), and its end records the activity and the sent cards' message ids together.
/// </summary>
public sealed class StateStoreTests
{
    private const string Key = "dialog|msteams|a:1|alice";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveTurn_WithTheRightVersion_SavesTheStateAndRecordsTheSentCards()
    {
        await using var temp = await TempDatabase.CreateAsync(new CoreStorageModule());
        var (state, cards) = Stores(temp.Database);
        Assert.Equal(1, await state.TrySaveAsync(Key, 0, """{"turn":1}""", Ct));

        var version = await state.TrySaveTurnAsync(Key, 1, """{"turn":2}""", [Card("card-1"), Card("card-2", user: null)], Ct);

        Assert.Equal(2, version);
        Assert.Equal(new StateEntry(Key, 2, """{"turn":2}"""), await state.LoadAsync(Key, Ct));
        Assert.Equal(Card("card-1"), await cards.FindAsync("card-1", Ct));
        Assert.Equal(Card("card-2", user: null), await cards.FindAsync("card-2", Ct));
    }

    [Fact]
    public async Task SaveTurn_OfANewKey_RecordsTheSentCards()
    {
        await using var temp = await TempDatabase.CreateAsync(new CoreStorageModule());
        var (state, cards) = Stores(temp.Database);

        Assert.Equal(1, await state.TrySaveTurnAsync(Key, 0, """{"turn":1}""", [Card("card-1")], Ct));

        Assert.Equal(Card("card-1"), await cards.FindAsync("card-1", Ct));
    }

    [Fact]
    public async Task SaveTurn_WithAStaleVersion_ReturnsNull_KeepsTheNewerState_AndRecordsNoCards()
    {
        await using var temp = await TempDatabase.CreateAsync(new CoreStorageModule());
        var (state, cards) = Stores(temp.Database);
        await state.TrySaveAsync(Key, 0, """{"turn":1}""", Ct);
        await state.TrySaveAsync(Key, 1, """{"turn":2,"by":"other"}""", Ct);

        var version = await state.TrySaveTurnAsync(Key, 1, """{"turn":2,"by":"late"}""", [Card("card-late")], Ct);

        Assert.Null(version);
        Assert.Equal(new StateEntry(Key, 2, """{"turn":2,"by":"other"}"""), await state.LoadAsync(Key, Ct));
        Assert.Null(await cards.FindAsync("card-late", Ct));
    }

    [Fact]
    public async Task SaveTurn_AsNewWhenTheKeyExists_ReturnsNull_AndRecordsNoCards()
    {
        await using var temp = await TempDatabase.CreateAsync(new CoreStorageModule());
        var (state, cards) = Stores(temp.Database);
        await state.TrySaveAsync(Key, 0, """{"turn":1}""", Ct);

        Assert.Null(await state.TrySaveTurnAsync(Key, 0, """{"turn":1,"by":"late"}""", [Card("card-late")], Ct));

        Assert.Equal(new StateEntry(Key, 1, """{"turn":1}"""), await state.LoadAsync(Key, Ct));
        Assert.Null(await cards.FindAsync("card-late", Ct));
    }

    [Fact]
    public async Task TwoTurnsSavingTheSameVersionAtOnce_ExactlyOneWins_AndOnlyItsCardsAreRecorded()
    {
        await using var temp = await TempDatabase.CreateAsync(new CoreStorageModule());
        var (state, cards) = Stores(temp.Database);
        await state.TrySaveAsync(Key, 0, """{"turn":1}""", Ct);
        using var gate = await WriterGate.HoldAsync(temp.Database, Ct);

        var first = state.TrySaveTurnAsync(Key, 1, """{"by":"first"}""", [Card("card-first")], Ct);
        var second = state.TrySaveTurnAsync(Key, 1, """{"by":"second"}""", [Card("card-second")], Ct);
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
        await state.TrySaveTurnAsync(Key, 0, """{"turn":1}""", [Card("card-1")], Ct);

        var (restartedState, restartedCards) = Stores(temp.Open());

        Assert.Equal(new StateEntry(Key, 1, """{"turn":1}"""), await restartedState.LoadAsync(Key, Ct));
        Assert.Equal(Card("card-1"), await restartedCards.FindAsync("card-1", Ct));
    }

    [Fact]
    public async Task RecordProcessed_WithSentCards_SetsTheirMessageIds_AndRemembersTheActivity()
    {
        await using var temp = await TempDatabase.CreateAsync(new CoreStorageModule());
        var (state, cards) = Stores(temp.Database);
        await state.TrySaveTurnAsync(Key, 0, "{}", [Card("card-1"), Card("card-2")], Ct);
        var processed = new ProcessedActivityStore(temp.Database, _time, Options.Create(new BotOptions()));

        await processed.RecordAsync("msteams", "a:1", "activity-7", 200, """{"ok":true}""", [("card-1", "1700000000101"), ("card-2", "1700000000102")], Ct);

        Assert.Equal(new ProcessedActivityStore.PreviousProcessing(200, """{"ok":true}"""), await processed.FindAsync("msteams", "a:1", "activity-7", Ct));
        Assert.Equal("1700000000101", (await cards.FindAsync("card-1", Ct))!.ActivityId);
        Assert.Equal("1700000000102", (await cards.FindAsync("card-2", Ct))!.ActivityId);
        Assert.Null(await processed.FindAsync("msteams", "a:1", "activity-8", Ct));
    }

    [Fact]
    public async Task RecordProcessed_WithACardThatWasNeverRecorded_StillRemembersTheActivity()
    {
        await using var temp = await TempDatabase.CreateAsync(new CoreStorageModule());
        var (_, cards) = Stores(temp.Database);
        var processed = new ProcessedActivityStore(temp.Database, _time, Options.Create(new BotOptions()));

        await processed.RecordAsync("msteams", "a:1", "activity-7", null, null, [("card-unknown", "1700000000101")], Ct);

        Assert.Equal(new ProcessedActivityStore.PreviousProcessing(null, null), await processed.FindAsync("msteams", "a:1", "activity-7", Ct));
        Assert.Null(await cards.FindAsync("card-unknown", Ct));
    }

    private (SqliteStateStore State, SqliteCardInstanceStore Cards) Stores(SqliteDatabase database) =>
        (new SqliteStateStore(database, _time), new SqliteCardInstanceStore(database, _time));

    private static CardInstance Card(string id, string? user = "alice") =>
        new(id, "reflection.form", "a:1", user, null, Completed: false);
}
