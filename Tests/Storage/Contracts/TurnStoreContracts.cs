using CoachBot.Bot.Pipeline;
using CoachBot.Dialogs.State;

namespace CoachBot.Tests.Storage.Contracts;

/// <summary><see cref="IStateStore"/>: a key/value port with optimistic concurrency.</summary>
public abstract class StateStoreContract : StoreContract
{
    private const string Key = "user|alice";

    private IStateStore State => Provider.Store<IStateStore>();

    [Fact]
    public async Task Load_OfAMissingKey_IsNull() => Assert.Null(await State.LoadAsync(Key, Ct));

    [Fact]
    public async Task Save_AsNewThenAtEachVersion_CountsVersionsUp()
    {
        Assert.Equal(1, await State.TrySaveAsync(Key, 0, """{"n":1}""", Ct));
        Assert.Equal(2, await State.TrySaveAsync(Key, 1, """{"n":2}""", Ct));

        Assert.Equal(new StateEntry(Key, 2, """{"n":2}"""), await State.LoadAsync(Key, Ct));
    }

    [Fact]
    public async Task Save_WithAStaleVersion_OrAsNewWhenItExists_ChangesNothing()
    {
        await State.TrySaveAsync(Key, 0, """{"n":1}""", Ct);
        await State.TrySaveAsync(Key, 1, """{"n":2}""", Ct);

        Assert.Null(await State.TrySaveAsync(Key, 1, """{"n":"late"}""", Ct));
        Assert.Null(await State.TrySaveAsync(Key, 0, """{"n":"new"}""", Ct));
        Assert.Null(await State.TrySaveAsync("user|bob", 3, """{"n":"ghost"}""", Ct));

        Assert.Equal(new StateEntry(Key, 2, """{"n":2}"""), await State.LoadAsync(Key, Ct));
        Assert.Null(await State.LoadAsync("user|bob", Ct));
    }

    [Fact]
    public async Task Delete_ForgetsTheKey_AndANewSaveStartsAgain()
    {
        await State.TrySaveAsync(Key, 0, """{"n":1}""", Ct);

        await State.DeleteAsync(Key, Ct);
        await State.DeleteAsync("never-saved", Ct);

        Assert.Null(await State.LoadAsync(Key, Ct));
        Assert.Equal(1, await State.TrySaveAsync(Key, 0, """{"n":1}""", Ct));
    }
}

public sealed class SqliteStateStoreContract : StateStoreContract
{
    protected override Task<IStoreProvider> CreateProviderAsync() => SqliteStores.CreateAsync();
}

public sealed class InMemoryStateStoreContract : StateStoreContract
{
    protected override Task<IStoreProvider> CreateProviderAsync() => InMemoryStores.CreateAsync();
}

/// <summary>
/// <see cref="IDialogTurnStore"/> with <see cref="ICardInstanceStore"/>: a turn's state and the cards it sent are saved
/// together, or not at all when another turn saved first.
/// </summary>
public abstract class DialogTurnStoreContract : StoreContract
{
    private const string Key = "dialog|msteams|a:1|alice";

    private IStateStore State => Provider.Store<IStateStore>();

    private IDialogTurnStore Turns => Provider.Store<IDialogTurnStore>();

    private ICardInstanceStore Cards => Provider.Store<ICardInstanceStore>();

    [Fact]
    public async Task Commit_WithTheRightVersion_SavesTheStateAndRecordsTheSentCards()
    {
        Assert.Equal(1, await State.TrySaveAsync(Key, 0, """{"turn":1}""", Ct));

        var version = await Turns.TryCommitAsync(new DialogTurnChanges(Key, 1, """{"turn":2}""", [Card("card-1"), Card("card-2", user: null)]), Ct);

        Assert.Equal(2, version);
        Assert.Equal(new StateEntry(Key, 2, """{"turn":2}"""), await State.LoadAsync(Key, Ct));
        Assert.Equal(Card("card-1"), await Cards.FindAsync("card-1", Ct));
        Assert.Equal(Card("card-2", user: null), await Cards.FindAsync("card-2", Ct));
    }

    [Fact]
    public async Task Commit_OfANewKey_RecordsTheSentCards()
    {
        Assert.Equal(1, await Turns.TryCommitAsync(new DialogTurnChanges(Key, 0, """{"turn":1}""", [Card("card-1")]), Ct));

        Assert.Equal(Card("card-1"), await Cards.FindAsync("card-1", Ct));
    }

    [Fact]
    public async Task Commit_WithAStaleVersion_ReturnsNull_KeepsTheNewerState_AndRecordsNoCards()
    {
        await State.TrySaveAsync(Key, 0, """{"turn":1}""", Ct);
        await State.TrySaveAsync(Key, 1, """{"turn":2,"by":"other"}""", Ct);

        var version = await Turns.TryCommitAsync(new DialogTurnChanges(Key, 1, """{"turn":2,"by":"late"}""", [Card("card-late")]), Ct);

        Assert.Null(version);
        Assert.Equal(new StateEntry(Key, 2, """{"turn":2,"by":"other"}"""), await State.LoadAsync(Key, Ct));
        Assert.Null(await Cards.FindAsync("card-late", Ct));
    }

    [Fact]
    public async Task Commit_AsNewWhenTheKeyExists_ReturnsNull_AndRecordsNoCards()
    {
        await State.TrySaveAsync(Key, 0, """{"turn":1}""", Ct);

        Assert.Null(await Turns.TryCommitAsync(new DialogTurnChanges(Key, 0, """{"turn":1,"by":"late"}""", [Card("card-late")]), Ct));

        Assert.Equal(new StateEntry(Key, 1, """{"turn":1}"""), await State.LoadAsync(Key, Ct));
        Assert.Null(await Cards.FindAsync("card-late", Ct));
    }

    [Fact]
    public async Task ACardRecordedTwice_KeepsItsFirstRecord()
    {
        await Turns.TryCommitAsync(new DialogTurnChanges(Key, 0, "{}", [Card("card-1")]), Ct);
        await Cards.SetActivityIdAsync("card-1", "1700000000101", Ct);

        await Turns.TryCommitAsync(new DialogTurnChanges(Key, 1, "{}", [Card("card-1", user: "bob")]), Ct);

        Assert.Equal(Card("card-1") with { ActivityId = "1700000000101" }, await Cards.FindAsync("card-1", Ct));
    }

    [Fact]
    public async Task Cards_AreCompletedOnce_AndUnknownCardsNever()
    {
        await Turns.TryCommitAsync(new DialogTurnChanges(Key, 0, "{}", [Card("card-1")]), Ct);

        Assert.True(await Cards.TryCompleteAsync("card-1", "alice", Ct));
        Assert.False(await Cards.TryCompleteAsync("card-1", "bob", Ct));
        Assert.False(await Cards.TryCompleteAsync("card-unknown", "alice", Ct));

        Assert.True((await Cards.FindAsync("card-1", Ct))!.Completed);
        Assert.Null(await Cards.FindAsync("card-unknown", Ct));
    }

    protected static CardInstance Card(string id, string? user = "alice") =>
        new(id, "reflection.form", "a:1", user, null, Completed: false);
}

public sealed class SqliteDialogTurnStoreContract : DialogTurnStoreContract
{
    protected override Task<IStoreProvider> CreateProviderAsync() => SqliteStores.CreateAsync();
}

public sealed class InMemoryDialogTurnStoreContract : DialogTurnStoreContract
{
    protected override Task<IStoreProvider> CreateProviderAsync() => InMemoryStores.CreateAsync();
}

/// <summary><see cref="IProcessedActivityStore"/>: a turn's end records the activity and its sent cards' message ids together.</summary>
public abstract class ProcessedActivityStoreContract : StoreContract
{
    private IProcessedActivityStore Processed => Provider.Store<IProcessedActivityStore>();

    private ICardInstanceStore Cards => Provider.Store<ICardInstanceStore>();

    private DateTimeOffset AnHourAgo => Provider.Time.GetUtcNow().AddHours(-1);

    [Fact]
    public async Task Record_WithSentCards_SetsTheirMessageIds_AndRemembersTheActivity()
    {
        await Provider.Store<IDialogTurnStore>().TryCommitAsync(new DialogTurnChanges("k", 0, "{}", [Card("card-1"), Card("card-2")]), Ct);

        await Processed.RecordAsync(new FinishedTurn("msteams", "a:1", "activity-7", 200, """{"ok":true}""", [("card-1", "1700000000101"), ("card-2", "1700000000102")]), Ct);

        Assert.Equal(new PreviousProcessing(200, """{"ok":true}"""), await Processed.FindAsync("msteams", "a:1", "activity-7", AnHourAgo, Ct));
        Assert.Equal("1700000000101", (await Cards.FindAsync("card-1", Ct))!.ActivityId);
        Assert.Equal("1700000000102", (await Cards.FindAsync("card-2", Ct))!.ActivityId);
        Assert.Null(await Processed.FindAsync("msteams", "a:1", "activity-8", AnHourAgo, Ct));
        Assert.Null(await Processed.FindAsync("msteams", "a:2", "activity-7", AnHourAgo, Ct));
    }

    [Fact]
    public async Task Record_WithACardThatWasNeverRecorded_StillRemembersTheActivity()
    {
        await Processed.RecordAsync(new FinishedTurn("msteams", "a:1", "activity-7", null, null, [("card-unknown", "1700000000101")]), Ct);

        Assert.Equal(new PreviousProcessing(null, null), await Processed.FindAsync("msteams", "a:1", "activity-7", AnHourAgo, Ct));
        Assert.Null(await Cards.FindAsync("card-unknown", Ct));
    }

    [Fact]
    public async Task Find_SinceAfterTheRecord_IsNull_AndPurgeRemovesOldRecords()
    {
        await Processed.RecordAsync(new FinishedTurn("msteams", "a:1", "old", null, null, []), Ct);
        Provider.Time.Advance(TimeSpan.FromHours(2));
        await Processed.RecordAsync(new FinishedTurn("msteams", "a:1", "new", null, null, []), Ct);

        Assert.Null(await Processed.FindAsync("msteams", "a:1", "old", AnHourAgo, Ct));
        Assert.Equal(1, await Processed.PurgeBeforeAsync(AnHourAgo, Ct));
        Assert.NotNull(await Processed.FindAsync("msteams", "a:1", "new", AnHourAgo, Ct));
    }

    [Fact]
    public async Task SetCardMessageIds_WithoutAnActivity_SetsThem()
    {
        await Provider.Store<IDialogTurnStore>().TryCommitAsync(new DialogTurnChanges("k", 0, "{}", [Card("card-1")]), Ct);

        await Processed.SetCardMessageIdsAsync([("card-1", "1700000000101")], Ct);

        Assert.Equal("1700000000101", (await Cards.FindAsync("card-1", Ct))!.ActivityId);
    }

    private static CardInstance Card(string id) => new(id, "help", "a:1", "alice", null, Completed: false);
}

public sealed class SqliteProcessedActivityStoreContract : ProcessedActivityStoreContract
{
    protected override Task<IStoreProvider> CreateProviderAsync() => SqliteStores.CreateAsync();
}

public sealed class InMemoryProcessedActivityStoreContract : ProcessedActivityStoreContract
{
    protected override Task<IStoreProvider> CreateProviderAsync() => InMemoryStores.CreateAsync();
}

/// <summary><see cref="IWelcomeLog"/>: each conversation is greeted once, and again after a removal.</summary>
public abstract class WelcomeLogContract : StoreContract
{
    private IWelcomeLog Welcomes => Provider.Store<IWelcomeLog>();

    [Fact]
    public async Task TheFirstMarkWins_PerConversation_UntilForgotten()
    {
        Assert.True(await Welcomes.TryMarkWelcomedAsync("msteams", "a:1", Ct));
        Assert.False(await Welcomes.TryMarkWelcomedAsync("msteams", "a:1", Ct));
        Assert.True(await Welcomes.TryMarkWelcomedAsync("msteams", "a:2", Ct));
        Assert.True(await Welcomes.TryMarkWelcomedAsync("emulator", "a:1", Ct));

        await Welcomes.ForgetAsync("msteams", "a:1", Ct);

        Assert.True(await Welcomes.TryMarkWelcomedAsync("msteams", "a:1", Ct));
        Assert.False(await Welcomes.TryMarkWelcomedAsync("msteams", "a:2", Ct));
    }
}

public sealed class SqliteWelcomeLogContract : WelcomeLogContract
{
    protected override Task<IStoreProvider> CreateProviderAsync() => SqliteStores.CreateAsync();
}

public sealed class InMemoryWelcomeLogContract : WelcomeLogContract
{
    protected override Task<IStoreProvider> CreateProviderAsync() => InMemoryStores.CreateAsync();
}
