using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;

namespace CoachBot.Tests.Storage.Contracts;

/// <summary><see cref="IOutboxStore"/>: queued calls kept in order per conversation until they end.</summary>
public abstract class OutboxStoreContract : StoreContract
{
    private IOutboxStore Outbox => Provider.Store<IOutboxStore>();

    private DateTimeOffset Now => Provider.Time.GetUtcNow();

    [Fact]
    public async Task Enqueue_KeepsTheCallAndACopyOfItsActivity()
    {
        var id = await Outbox.EnqueueAsync(Send("a:1", "hello"), Now, 1, "throttled", Ct);

        var item = await Outbox.FindAsync(id, Ct);
        Assert.NotNull(item);
        Assert.Equal(OutboxStatus.Pending, item.Status);
        Assert.Equal(1, item.Attempts);
        Assert.Equal(Now, item.DueAt);
        Assert.Equal("throttled", item.LastError);
        Assert.Equal(OutboundOperationKind.Send, item.Operation.Kind);
        Assert.Equal(new OutboundTarget("https://smba.trafficmanager.net/amer/", "a:1", "tenant-1"), item.Operation.Target);
        Assert.Equal("hello", item.Operation.Activity!.Text);
        Assert.Null(await Outbox.FindAsync(id + 1000, Ct));
    }

    [Fact]
    public async Task Pending_CountsEveryConversation_AndGivesThisConversationsHead()
    {
        Assert.Equal(new OutboxPending(0, null), await Outbox.PendingAsync("a:1", Ct));
        await Outbox.EnqueueAsync(Send("a:1", "first"), Now.AddSeconds(5), 0, null, Ct);
        await Outbox.EnqueueAsync(Send("a:1", "second"), Now.AddSeconds(1), 0, null, Ct);
        await Outbox.EnqueueAsync(Send("a:2", "other"), Now, 0, null, Ct);

        Assert.Equal(new OutboxPending(3, Now.AddSeconds(5)), await Outbox.PendingAsync("a:1", Ct));
        Assert.Equal(new OutboxPending(3, null), await Outbox.PendingAsync("a:3", Ct));
    }

    [Fact]
    public async Task DueHeads_AreTheFirstPendingItemOfEachConversation_WhenDue_SoonestFirst()
    {
        var a1 = await Outbox.EnqueueAsync(Send("a:1", "a1"), Now.AddSeconds(2), 0, null, Ct);
        await Outbox.EnqueueAsync(Send("a:1", "a2"), Now, 0, null, Ct);
        var b1 = await Outbox.EnqueueAsync(Send("b:1", "b1"), Now.AddSeconds(1), 0, null, Ct);
        await Outbox.EnqueueAsync(Send("c:1", "c1"), Now.AddMinutes(5), 0, null, Ct);

        Assert.Equal([b1, a1], (await Outbox.GetDueHeadsAsync(Now.AddSeconds(3), 10, Ct)).Select(i => i.Id));
        Assert.Equal([b1], (await Outbox.GetDueHeadsAsync(Now.AddSeconds(3), 1, Ct)).Select(i => i.Id));
        Assert.Empty(await Outbox.GetDueHeadsAsync(Now, 10, Ct));
    }

    [Fact]
    public async Task CompleteAndReschedule_ChangeTheItem_AndACompletedHeadLetsTheNextOneThrough()
    {
        var first = await Outbox.EnqueueAsync(Send("a:1", "first"), Now, 0, null, Ct);
        var second = await Outbox.EnqueueAsync(Send("a:1", "second"), Now, 0, null, Ct);

        await Outbox.RescheduleAsync(first, Now.AddSeconds(30), 2, "503", Ct);
        Assert.Empty(await Outbox.GetDueHeadsAsync(Now.AddSeconds(1), 10, Ct));

        await Outbox.CompleteAsync(first, OutboxStatus.Delivered, 3, "1700000000101", null, Ct);

        var done = (await Outbox.FindAsync(first, Ct))!;
        Assert.Equal((OutboxStatus.Delivered, 3, "1700000000101", (string?)null), (done.Status, done.Attempts, done.ResultActivityId, done.LastError));
        Assert.Equal([second], (await Outbox.GetDueHeadsAsync(Now, 10, Ct)).Select(i => i.Id));
        Assert.Equal([first, second], (await Outbox.ListAsync("a:1", Ct)).Select(i => i.Id));
    }

    [Fact]
    public async Task PurgeFinished_DeletesOnlyFinishedItemsTouchedBeforeTheCut()
    {
        var done = await Outbox.EnqueueAsync(Send("a:1", "done"), Now, 0, null, Ct);
        var pending = await Outbox.EnqueueAsync(Send("a:1", "pending"), Now, 0, null, Ct);
        await Outbox.CompleteAsync(done, OutboxStatus.Failed, 1, null, "gave up", Ct);
        Provider.Time.Advance(TimeSpan.FromDays(2));
        var recent = await Outbox.EnqueueAsync(Send("a:2", "recent"), Now, 0, null, Ct);
        await Outbox.CompleteAsync(recent, OutboxStatus.Delivered, 1, "x", null, Ct);

        await Outbox.PurgeFinishedAsync(Now.AddDays(-1), Ct);

        Assert.Null(await Outbox.FindAsync(done, Ct));
        Assert.NotNull(await Outbox.FindAsync(pending, Ct));
        Assert.NotNull(await Outbox.FindAsync(recent, Ct));
    }

    private static OutboundOperation Send(string conversationId, string text) =>
        new(OutboundOperationKind.Send, new OutboundTarget("https://smba.trafficmanager.net/amer/", conversationId, "tenant-1"), null,
            new Activity { Type = ActivityTypes.Message, Text = text });
}

public sealed class SqliteOutboxStoreContract : OutboxStoreContract
{
    protected override Task<IStoreProvider> CreateProviderAsync() => SqliteStores.CreateAsync();
}

public sealed class InMemoryOutboxStoreContract : OutboxStoreContract
{
    protected override Task<IStoreProvider> CreateProviderAsync() => InMemoryStores.CreateAsync();
}

/// <summary><see cref="ITrustedHostStore"/>: a set of Connector hosts.</summary>
public abstract class TrustedHostStoreContract : StoreContract
{
    [Fact]
    public async Task Add_KeepsEachHostOnce_Sorted()
    {
        var hosts = Provider.Store<ITrustedHostStore>();
        Assert.Empty(await hosts.ListAsync(Ct));

        await hosts.AddAsync("https://smba.trafficmanager.net:443", Ct);
        await hosts.AddAsync("http://localhost:56150", Ct);
        await hosts.AddAsync("https://smba.trafficmanager.net:443", Ct);

        Assert.Equal(["http://localhost:56150", "https://smba.trafficmanager.net:443"], await hosts.ListAsync(Ct));
    }
}

public sealed class SqliteTrustedHostStoreContract : TrustedHostStoreContract
{
    protected override Task<IStoreProvider> CreateProviderAsync() => SqliteStores.CreateAsync();
}

public sealed class InMemoryTrustedHostStoreContract : TrustedHostStoreContract
{
    protected override Task<IStoreProvider> CreateProviderAsync() => InMemoryStores.CreateAsync();
}
