using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.Features.Nudges;
using CoachBot.Dialogs.Messaging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Outbound;

/// <summary>
/// protocol.md §6.1: the per-conversation caps of 8 sends per 2 seconds (the default is also checked in
/// <see cref="RateBudgetTests"/>) and 1800 per hour.
/// </summary>
public sealed class ConversationCapTests
{
    private const string Busy = "19:busy@thread.tacv2";
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan SpreadEvery = TimeSpan.FromSeconds(1.9);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheTwoSecondCap_FollowsItsSetting()
    {
        await using var host = await OutboundTestHost.StartAsync(s => s["Outbound:ConversationRequestsPer2Seconds"] = "3");
        host.Connector.AnswerSendsWithIds();
        var sender = host.Get<IActivitySender>();
        var target = new OutboundTarget(OutboundTestHost.TeamsServiceUrl, "a:coach-1", OutboundTestHost.TenantId);

        for (var i = 0; i < 4; i++)
        {
            Assert.IsType<SendOutcome.Sent>(await sender.SendAsync(target, Activity.CreateMessage($"line {i}"), SendMode.InTurn, Ct));
        }

        var times = host.Connector.Requests.Select(r => r.At).ToList();
        Assert.Equal(TimeSpan.Zero, times[2] - times[0]);
        Assert.Equal(TimeSpan.FromSeconds(2), times[3] - times[0]);
    }

    [Fact]
    public void After1800SendsSpreadOverLessThanAnHour_TheNextWaitsUntilTheHourAllows()
    {
        var (limiter, clock) = DefaultLimiter();
        var sent = SendSpread(limiter, clock, Busy, 1800);
        Assert.True(sent[^1] - sent[0] < Hour);

        Assert.False(limiter.TryReserve("t", Busy, TimeSpan.FromSeconds(30), out var wait));
        var allowedAt = clock.GetUtcNow() + wait;
        // Never a 1801st send within 3600 s of the first; late by at most one bucket of the hourly count.
        Assert.InRange(allowedAt, sent[0] + Hour, sent[0] + Hour + OutboundRateLimiter.HourBucket);

        // Nothing was reserved by the refusal, and the slot it named is granted when asked with enough patience.
        Assert.True(limiter.TryReserve("t", Busy, wait, out var granted));
        Assert.Equal(wait, granted);
        Assert.True(Pacing.MaxInAnyWindow([.. sent, allowedAt], Hour) <= 1800);
    }

    [Fact]
    public void AnotherConversation_IsUnaffectedByABusyOnesHourlyCap()
    {
        var (limiter, clock) = DefaultLimiter();
        SendSpread(limiter, clock, Busy, 1800);
        Assert.False(limiter.TryReserve("t", Busy, TimeSpan.Zero, out _));

        for (var i = 0; i < 7; i++)
        {
            Assert.True(limiter.TryReserve("t", "a:quiet", TimeSpan.Zero, out var wait));
            Assert.Equal(TimeSpan.Zero, wait);
        }
    }

    [Fact]
    public void SendingAsFastAsAllowedForHours_NeverExceedsAnyCap_AndLosesAtMostOneBucketPerHour()
    {
        var (limiter, clock) = DefaultLimiter();

        // All reserved up front (as a queue of patient callers would): slots reach hours ahead of the clock.
        var slots = new List<DateTimeOffset>();
        for (var i = 0; i < 4000; i++)
        {
            Assert.True(limiter.TryReserve("t", Busy, TimeSpan.FromHours(3), out var wait));
            slots.Add(clock.GetUtcNow() + wait);
        }

        Assert.True(Pacing.MaxInAnyWindow(slots, TimeSpan.FromSeconds(1)) <= 7);
        Assert.True(Pacing.MaxInAnyWindow(slots, TimeSpan.FromSeconds(2)) <= 8);
        Assert.True(Pacing.MaxInAnyWindow(slots, TimeSpan.FromSeconds(30)) <= 60);
        Assert.True(Pacing.MaxInAnyWindow(slots, Hour) <= 1800);
        Assert.InRange(slots[1800] - slots[0], Hour, Hour + OutboundRateLimiter.HourBucket);
        Assert.InRange(slots[3600] - slots[0], 2 * Hour, (2 * Hour) + (2 * OutboundRateLimiter.HourBucket));
    }

    [Fact]
    public void AConversationThatSentWithinTheHour_IsRememberedWhileIdle_AndForgottenAfterAnIdleHour()
    {
        var (limiter, clock) = DefaultLimiter();
        var sent = SendSpread(limiter, clock, Busy, 1800);

        // Idle for a while (far longer than the short windows); another conversation's send runs the sweep.
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(limiter.TryReserve("t", "a:other", TimeSpan.Zero, out _));
        Assert.Equal(2, limiter.TrackedConversations);
        Assert.False(limiter.TryReserve("t", Busy, TimeSpan.Zero, out var wait));
        Assert.True(clock.GetUtcNow() + wait >= sent[0] + Hour);

        // An hour with no send at all: the sweep forgets both, and the busy conversation starts afresh.
        clock.Advance(Hour + TimeSpan.FromMinutes(1));
        Assert.True(limiter.TryReserve("t", null, TimeSpan.Zero, out _));
        Assert.Equal(0, limiter.TrackedConversations);
        Assert.True(limiter.TryReserve("t", Busy, TimeSpan.Zero, out wait));
        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Fact]
    public async Task The1801stSendInAnHour_IsQueued_AndDeliveredWhenTheHourAllows()
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.AnswerSendsWithIds();
        var sender = host.Get<IActivitySender>();
        var target = new OutboundTarget(OutboundTestHost.TeamsServiceUrl, Busy, OutboundTestHost.TenantId);
        for (var i = 0; i < 1800; i++)
        {
            Assert.IsType<SendOutcome.Sent>(await sender.SendAsync(target, Activity.CreateMessage($"update {i}"), SendMode.InTurn, Ct));
            host.Clock.Advance(SpreadEvery);
        }

        var first = host.Connector.Requests[0].At;
        var outcome = await sender.SendAsync(target, Activity.CreateMessage("one too many"), SendMode.InTurn, Ct);

        // Not sent at once: the reply is queued, and the user is not kept waiting in the turn.
        var throttled = Assert.IsType<SendOutcome.Throttled>(outcome);
        Assert.True(throttled.Queued);
        Assert.Equal(1800, host.Connector.Requests.Count);
        var dueAt = host.Clock.GetUtcNow() + throttled.RetryAfter;
        Assert.InRange(dueAt, first + Hour, first + Hour + OutboundRateLimiter.HourBucket);

        // Meanwhile another conversation is not held back.
        var other = new OutboundTarget(OutboundTestHost.TeamsServiceUrl, "a:coach-2", OutboundTestHost.TenantId);
        Assert.IsType<SendOutcome.Sent>(await sender.SendAsync(other, Activity.CreateMessage("hello"), SendMode.InTurn, Ct));

        var dispatcher = host.Get<OutboxDispatcher>();
        host.Clock.SetUtcNow(first + Hour - TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await dispatcher.DrainDueAsync(host.Clock.GetUtcNow(), Ct)).Delivered);
        Assert.Equal(1801, host.Connector.Requests.Count);

        host.Clock.SetUtcNow(dueAt);
        Assert.Equal(1, (await dispatcher.DrainDueAsync(host.Clock.GetUtcNow(), Ct)).Delivered);
        var requests = host.Connector.Requests;
        var busy = requests.Where(r => r.Path.Contains("busy", StringComparison.Ordinal)).ToList();
        Assert.Equal(1801, busy.Count);
        Assert.Contains("one too many", busy[^1].Body, StringComparison.Ordinal);
        Assert.Equal(dueAt, busy[^1].At);
        Assert.True(Pacing.MaxInAnyWindow([.. busy.Select(r => r.At)], Hour) <= 1800);
    }

    /// <summary>A limiter with the default options on a fake clock at <see cref="OutboundTestHost.Start"/>.</summary>
    private static (OutboundRateLimiter Limiter, FakeTimeProvider Clock) DefaultLimiter()
    {
        var clock = new FakeTimeProvider(OutboundTestHost.Start);
        return (new OutboundRateLimiter(Options.Create(new OutboundOptions()), Options.Create(new NudgesOptions()), clock), clock);
    }

    /// <summary>Sends <paramref name="count"/> times, one every 1.9 s (under every short cap), each at once; returns the send times.</summary>
    private static List<DateTimeOffset> SendSpread(OutboundRateLimiter limiter, FakeTimeProvider clock, string conversation, int count)
    {
        var sent = new List<DateTimeOffset>(count);
        for (var i = 0; i < count; i++)
        {
            Assert.True(limiter.TryReserve("t", conversation, TimeSpan.Zero, out _));
            sent.Add(clock.GetUtcNow());
            clock.Advance(SpreadEvery);
        }

        return sent;
    }
}
