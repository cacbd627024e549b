using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Protocol.Connector;
using CoachBot.Dialogs.Features.Nudges;
using CoachBot.Dialogs.Messaging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Outbound;

/// <summary>protocol.md §6.1: one budget per tenant for all calls, and per-conversation pacing.</summary>
public sealed class RateBudgetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABurstOf500Sends_StaysWithin50PerSecondForTheTenant()
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.AnswerSendsWithIds();
        var sender = host.Get<IActivitySender>();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => sender.SendAsync(
            new OutboundTarget(OutboundTestHost.TeamsServiceUrl, $"a:coach-{i}", OutboundTestHost.TenantId),
            Activity.CreateMessage("weekly digest"),
            SendMode.Proactive,
            Ct)));

        Assert.All(outcomes, o => Assert.IsType<SendOutcome.Sent>(o));
        var times = host.Connector.Requests.Select(r => r.At).ToList();
        Assert.Equal(500, times.Count);
        Assert.True(Pacing.MaxInAnyWindow(times, TimeSpan.FromSeconds(1)) <= 50, "never more than 50 calls in any second");
        // With the margin below the limit: never more than 50 in any 1 s + margin either, so calls arriving up to the margin
        // closer together still keep to Teams' second.
        var margin = new OutboundOptions().TenantPacingMargin;
        Assert.True(margin > TimeSpan.Zero);
        Assert.True(Pacing.MaxInAnyWindow(times, TimeSpan.FromSeconds(1) + margin - TimeSpan.FromTicks(1)) <= 50);
        // And no slower than the budget requires: 500 calls, 50 per 1 s + margin, take just over 9 × (1 s + margin).
        Assert.Equal(9 * (TimeSpan.FromSeconds(1) + margin), times.Max() - times.Min());
    }

    [Fact]
    public async Task EachTenant_HasItsOwnBudget()
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.AnswerSendsWithIds();
        var sender = host.Get<IActivitySender>();

        foreach (var i in Enumerable.Range(0, 100))
        {
            var tenant = i % 2 == 0 ? "tenant-a" : "tenant-b";
            await sender.SendAsync(new OutboundTarget(OutboundTestHost.TeamsServiceUrl, $"a:{i}", tenant), Activity.CreateMessage("hi"), SendMode.Proactive, Ct);
        }

        var times = host.Connector.Requests.Select(r => r.At).ToList();
        Assert.Equal(100, times.Count);
        Assert.Equal(TimeSpan.Zero, times.Max() - times.Min());
    }

    [Fact]
    public async Task OneConversation_IsPacedToSevenPerSecondAndSixtyPerThirtySeconds()
    {
        await using var host = await OutboundTestHost.StartAsync(s => s["Outbound:ProactiveRetryBudget"] = "00:01:00");
        host.Connector.AnswerSendsWithIds();
        var sender = host.Get<IActivitySender>();
        var target = new OutboundTarget(OutboundTestHost.TeamsServiceUrl, "19:busy@thread.tacv2", OutboundTestHost.TenantId);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 70).Select(i =>
            sender.SendAsync(target, Activity.CreateMessage($"update {i}"), SendMode.Proactive, Ct)));

        Assert.All(outcomes, o => Assert.IsType<SendOutcome.Sent>(o));
        var times = host.Connector.Requests.Select(r => r.At).Order().ToList();
        Assert.True(Pacing.MaxInAnyWindow(times, TimeSpan.FromSeconds(1)) <= 7);
        Assert.True(Pacing.MaxInAnyWindow(times, TimeSpan.FromSeconds(30)) <= 60);
        Assert.Equal(TimeSpan.FromSeconds(30), times[60] - times[0]);
    }

    [Fact]
    public async Task RepliesInATurn_ArePacedWithinTheTurnBudget()
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.AnswerSendsWithIds();
        var sender = host.Get<IActivitySender>();
        var target = new OutboundTarget(OutboundTestHost.TeamsServiceUrl, "a:coach-1", OutboundTestHost.TenantId);

        for (var i = 0; i < 10; i++)
        {
            Assert.IsType<SendOutcome.Sent>(await sender.SendAsync(target, Activity.CreateMessage($"line {i}"), SendMode.InTurn, Ct));
        }

        var times = host.Connector.Requests.Select(r => r.At).ToList();
        // Seven at once, the eighth when the first second is over, the ninth only when the first seven
        // leave the 2 s window (8 per 2 s).
        Assert.Equal(TimeSpan.Zero, times[6] - times[0]);
        Assert.Equal(TimeSpan.FromSeconds(1), times[7] - times[0]);
        Assert.Equal(TimeSpan.FromSeconds(2), times[8] - times[0]);
        Assert.True(Pacing.MaxInAnyWindow(times, TimeSpan.FromSeconds(2)) <= 8);
    }

    [Fact]
    public async Task PacingLongerThanTheTurnBudget_GoesToTheOutbox()
    {
        await using var host = await OutboundTestHost.StartAsync(s => s["Outbound:InTurnRetryBudget"] = "00:00:00.500");
        host.Connector.AnswerSendsWithIds();
        var sender = host.Get<IActivitySender>();
        var target = new OutboundTarget(OutboundTestHost.TeamsServiceUrl, "a:coach-1", OutboundTestHost.TenantId);

        var outcomes = new List<SendOutcome>();
        for (var i = 0; i < 8; i++)
        {
            outcomes.Add(await sender.SendAsync(target, Activity.CreateMessage($"line {i}"), SendMode.InTurn, Ct));
        }

        Assert.All(outcomes.Take(7), o => Assert.IsType<SendOutcome.Sent>(o));
        Assert.Equal(new SendOutcome.Throttled(TimeSpan.FromSeconds(1), Queued: true), outcomes[7]);
        Assert.Equal(7, host.Connector.Requests.Count);
        Assert.Empty(host.Waiter.Waits);
    }

    [Fact]
    public void ACallAnsweredLate_KeepsTheCallsAfterItAFullWindowFromItsAnswer()
    {
        var clock = new FakeTimeProvider(OutboundTestHost.Start);
        var options = new OutboundOptions();
        var limiter = new OutboundRateLimiter(Options.Create(options), Options.Create(new NudgesOptions()), clock);
        var window = TimeSpan.FromSeconds(1) + options.TenantPacingMargin;
        var slots = new List<DateTimeOffset>();
        for (var i = 0; i < 50; i++)
        {
            Assert.True(limiter.TryReserve("t", $"a:coach-{i}", OutboundPriority.Normal, TimeSpan.Zero, out _, out var slot));
            slots.Add(slot);
        }

        // The last of them was answered 100 ms after its slot (a busy process, a slow call): Teams may have counted it then.
        limiter.Settle("t", "a:coach-49", OutboundPriority.Normal, slots[^1], slots[^1] + TimeSpan.FromMilliseconds(100));

        clock.Advance(window);
        for (var i = 0; i < 49; i++)
        {
            Assert.True(limiter.TryReserve("t", $"a:next-{i}", OutboundPriority.Normal, TimeSpan.Zero, out var none));
            Assert.Equal(TimeSpan.Zero, none);
        }

        Assert.False(limiter.TryReserve("t", "a:next-49", OutboundPriority.Normal, TimeSpan.Zero, out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(100), wait);
    }

    [Fact]
    public async Task ThePolicy_CountsEachCallFromItsAnswer()
    {
        var clock = new FakeTimeProvider(OutboundTestHost.Start);
        var options = Options.Create(new OutboundOptions());
        var limiter = new OutboundRateLimiter(options, Options.Create(new NudgesOptions()), clock);
        var policy = new ConnectorCallPolicy(limiter, new RetryBackoff(options, new FixedRandom()), new TimeProviderWaiter(clock), options, clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ConnectorCallPolicy>.Instance);
        var accepted = new ConnectorResponse(ConnectorStatus.Success, 201);
        for (var i = 0; i < 49; i++)
        {
            await policy.ExecuteAsync("t", null, TimeSpan.Zero, 1, _ => Task.FromResult(accepted), Ct);
        }

        // The 50th takes 100 ms to answer.
        await policy.ExecuteAsync("t", null, TimeSpan.Zero, 1, _ =>
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            return Task.FromResult(accepted);
        }, Ct);

        // A window after the first 49 there is room for 49, and the 50th waits a window after the slow call's answer.
        clock.Advance(TimeSpan.FromSeconds(1) + options.Value.TenantPacingMargin - TimeSpan.FromMilliseconds(100));
        for (var i = 0; i < 49; i++)
        {
            Assert.True(limiter.TryReserve("t", null, OutboundPriority.Normal, TimeSpan.Zero, out _));
        }

        Assert.False(limiter.TryReserve("t", null, OutboundPriority.Normal, TimeSpan.Zero, out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(100), wait);
    }

    [Fact]
    public async Task ConcurrentReservations_FromManyThreads_NeverOvershootTheWindow()
    {
        var clock = new FakeTimeProvider(OutboundTestHost.Start);
        var limiter = new OutboundRateLimiter(Options.Create(new OutboundOptions()), Options.Create(new NudgesOptions()), clock);
        var slots = new System.Collections.Concurrent.ConcurrentBag<(string Conversation, DateTimeOffset At)>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                var conversation = $"conv-{i % 4}";
                Assert.True(limiter.TryReserve("tenant", conversation, TimeSpan.FromHours(1), out var wait));
                slots.Add((conversation, clock.GetUtcNow() + wait));
            }
        }, Ct)));

        Assert.Equal(800, slots.Count);
        Assert.True(Pacing.MaxInAnyWindow(slots.Select(s => s.At).ToList(), TimeSpan.FromSeconds(1)) <= 50);
        foreach (var conversation in slots.GroupBy(s => s.Conversation))
        {
            var times = conversation.Select(s => s.At).ToList();
            Assert.Equal(200, times.Count);
            Assert.True(Pacing.MaxInAnyWindow(times, TimeSpan.FromSeconds(1)) <= 7);
            Assert.True(Pacing.MaxInAnyWindow(times, TimeSpan.FromSeconds(30)) <= 60);
        }
    }

    [Fact]
    public void RefusedReservation_ReservesNothing()
    {
        var clock = new FakeTimeProvider(OutboundTestHost.Start);
        var limiter = new OutboundRateLimiter(Options.Create(new OutboundOptions { ConversationRequestsPerSecond = 2 }), Options.Create(new NudgesOptions()), clock);

        Assert.True(limiter.TryReserve("t", "c", TimeSpan.Zero, out _));
        Assert.True(limiter.TryReserve("t", "c", TimeSpan.Zero, out _));
        Assert.False(limiter.TryReserve("t", "c", TimeSpan.FromMilliseconds(500), out var wait));
        Assert.Equal(TimeSpan.FromSeconds(1), wait);
        Assert.False(limiter.TryReserve("t", "c", TimeSpan.FromMilliseconds(500), out wait));
        Assert.Equal(TimeSpan.FromSeconds(1), wait);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(limiter.TryReserve("t", "c", TimeSpan.Zero, out wait));
        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Fact]
    public void SlidingWindow_FindsTheEarliestSlotAroundFutureReservations()
    {
        var second = TimeSpan.TicksPerSecond;
        // Two calls at 0 s and two reserved at 5 s; limit 2 per second.
        var log = new List<long> { 0, 0, 5 * second, 5 * second };

        Assert.False(SlidingWindow.Fits(log, 0, 2, second));
        Assert.Equal(second, SlidingWindow.EarliestFit(log, 0, 2, second));
        // 4.5 s would make three calls in [4.5 s, 5.5 s): the next free slot after it is 6 s.
        Assert.False(SlidingWindow.Fits(log, (9 * second) / 2, 2, second));
        Assert.Equal(6 * second, SlidingWindow.EarliestFit(log, (9 * second) / 2, 2, second));
    }
}
