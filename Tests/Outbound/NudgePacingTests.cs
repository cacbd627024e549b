using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.Features.Nudges;
using CoachBot.Dialogs.Messaging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Outbound;

/// <summary>
/// Issue 20, item 4: live replies go first. Nudges take the tenant budget only while live replies used less than
/// 1 − <c>Nudges:ShareOfBudgetWhileBusy</c> of it over the last 10 s (and at most that share of each second), and all of
/// it after 10 s without a live reply; a nudge that may not go now is told when to try again, never sent or queued.
/// </summary>
public sealed class NudgePacingTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(25);

    /// <summary>The tenant budget is counted over 1 s + this (<c>Outbound:TenantPacingMargin</c>).</summary>
    private static readonly TimeSpan Margin = new OutboundOptions().TenantPacingMargin;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void LiveTrafficUsingMostOfTheTenantBudget_NudgesWait_AndNoLiveReplyIsDelayed()
    {
        var (limiter, clock) = Limiter();
        var start = clock.GetUtcNow();
        var nudgeSlots = new List<DateTimeOffset>();
        var allSlots = new List<DateTimeOffset>();

        // 40 live replies a second (80 % of the tenant's 50) for 20 s, each into its own chat; once they run, a nudge
        // tries every step.
        for (var i = 0; i < 800; i++)
        {
            Assert.True(limiter.TryReserve("t", $"a:teacher-{i % 40}", OutboundPriority.Live, TimeSpan.Zero, out var liveWait));
            Assert.Equal(TimeSpan.Zero, liveWait);
            allSlots.Add(clock.GetUtcNow());
            if (i >= 40)
            {
                if (limiter.TryReserve("t", $"a:coach-{i}", OutboundPriority.Background, ConnectorCallPolicy.BackgroundLookahead, out var nudgeWait))
                {
                    nudgeSlots.Add(clock.GetUtcNow() + nudgeWait);
                    allSlots.Add(clock.GetUtcNow() + nudgeWait);
                }
                else
                {
                    Assert.True(nudgeWait > TimeSpan.Zero);
                }
            }

            clock.Advance(Step);
        }

        // Every second already holds 40 live replies, more than the nudges' half: no nudge went at all.
        Assert.Empty(nudgeSlots);
        Assert.True(Pacing.MaxInAnyWindow(allSlots, TimeSpan.FromSeconds(1)) <= 50);

        // Quiet for 10 s after the last live reply: a full second's budget of nudges goes at once, the 51st waits.
        clock.Advance(OutboundRateLimiter.LiveWindow - Step);
        for (var i = 0; i < 50; i++)
        {
            Assert.True(limiter.TryReserve("t", $"a:coach-{i}", OutboundPriority.Background, TimeSpan.Zero, out var wait));
            Assert.Equal(TimeSpan.Zero, wait);
        }

        Assert.False(limiter.TryReserve("t", "a:coach-50", OutboundPriority.Background, TimeSpan.Zero, out var full));
        Assert.Equal(TimeSpan.FromSeconds(1) + Margin, full);
        Assert.Equal(TimeSpan.FromSeconds(30) - Step, clock.GetUtcNow() - start);
    }

    [Fact]
    public void NineSecondsAfterTheLastLiveReply_NudgesStillKeepToTheirShare()
    {
        var (limiter, clock) = Limiter();
        Assert.True(limiter.TryReserve("t", "a:teacher", OutboundPriority.Live, TimeSpan.Zero, out _));
        clock.Advance(TimeSpan.FromSeconds(9));

        var granted = 0;
        while (limiter.TryReserve("t", $"a:coach-{granted}", OutboundPriority.Background, TimeSpan.Zero, out _))
        {
            granted++;
        }

        // Half of the 50 per second while busy; the live reply's 10 s end 1 s later, then the whole budget.
        Assert.Equal(25, granted);
        Assert.False(limiter.TryReserve("t", "a:coach-x", OutboundPriority.Background, TimeSpan.Zero, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(1) + Margin, wait);
        clock.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 25; i++)
        {
            Assert.True(limiter.TryReserve("t", $"a:coach-more-{i}", OutboundPriority.Background, TimeSpan.Zero, out _));
        }
    }

    [Fact]
    public void LightLiveTraffic_NudgesFillTheirShare_AndLiveRepliesAlwaysFindRoom()
    {
        var (limiter, clock) = Limiter();
        var live = new List<DateTimeOffset>();
        var all = new List<DateTimeOffset>();
        var nudgeSlots = new List<DateTimeOffset>();
        var nudges = 0;

        // 10 live replies a second for 30 s; nudges try as fast as the limiter lets them.
        for (var i = 0; i < 1200; i++)
        {
            if (i % 4 == 0)
            {
                Assert.True(limiter.TryReserve("t", $"a:teacher-{i % 40}", OutboundPriority.Live, TimeSpan.Zero, out var liveWait));
                Assert.Equal(TimeSpan.Zero, liveWait);
                live.Add(clock.GetUtcNow());
                all.Add(clock.GetUtcNow());
            }

            while (limiter.TryReserve("t", $"a:coach-{nudges}", OutboundPriority.Background, TimeSpan.FromSeconds(1), out var wait))
            {
                Assert.Equal(TimeSpan.Zero, wait);
                all.Add(clock.GetUtcNow());
                nudgeSlots.Add(clock.GetUtcNow());
                nudges++;
            }

            clock.Advance(Step);
        }

        // Live replies used 100 of the 250 they may in 10 s, so nudges went: about 15 a second, never more than half of
        // any second, and the second never fuller than half plus the live replies that came after the nudges.
        Assert.InRange(nudges, 15 * 30 - 30, 15 * 30 + 30);
        Assert.True(Pacing.MaxInAnyWindow(nudgeSlots, TimeSpan.FromSeconds(1)) <= 25);
        Assert.True(Pacing.MaxInAnyWindow(all, TimeSpan.FromSeconds(1)) <= 25 + 10);
        Assert.Equal(300, live.Count);
    }

    [Fact]
    public void TheShare_IsASetting()
    {
        var clock = new FakeTimeProvider(OutboundTestHost.Start);
        var limiter = new OutboundRateLimiter(Options.Create(new OutboundOptions()), Options.Create(new NudgesOptions { ShareOfBudgetWhileBusy = 0.2 }), clock);
        Assert.True(limiter.TryReserve("t", "a:teacher", OutboundPriority.Live, TimeSpan.Zero, out _));

        var granted = 0;
        while (limiter.TryReserve("t", $"a:coach-{granted}", OutboundPriority.Background, TimeSpan.Zero, out _))
        {
            granted++;
        }

        // 20 % of 50 per second, the live reply included.
        Assert.Equal(9, granted);
    }

    [Fact]
    public async Task ANudgeThatMayNotGoNow_IsHandedBackWithWhenToTryAgain_NeverSentNorQueued()
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.AnswerSendsWithIds();
        var sender = host.Get<IActivitySender>();
        var limiter = host.Get<OutboundRateLimiter>();

        // A teacher's live replies: 40 a second for 10 s.
        for (var i = 0; i < 400; i++)
        {
            Assert.True(limiter.TryReserve(OutboundTestHost.TenantId, $"a:teacher-{i % 40}", OutboundPriority.Live, TimeSpan.Zero, out var wait));
            Assert.Equal(TimeSpan.Zero, wait);
            host.Clock.Advance(Step);
        }

        var coach = new OutboundTarget(OutboundTestHost.TeamsServiceUrl, "a:coach-1", OutboundTestHost.TenantId);
        var outcome = await sender.SendAsync(coach, Activity.CreateMessage("your weekly nudge"), SendMode.ProactiveUnqueued, Ct);

        var throttled = Assert.IsType<SendOutcome.Throttled>(outcome);
        Assert.False(throttled.Queued);
        Assert.True(throttled.RetryAfter > TimeSpan.Zero);
        Assert.Empty(host.Connector.Requests);
        Assert.Null(await host.Get<Outbox>().PendingSinceAsync("a:coach-1", Ct));

        // A live reply in the same moment goes at once.
        var reply = await sender.SendAsync(new OutboundTarget(OutboundTestHost.TeamsServiceUrl, "a:teacher-0", OutboundTestHost.TenantId),
            Activity.CreateMessage("a reply"), SendMode.InTurn, Ct);
        Assert.IsType<SendOutcome.Sent>(reply);
        Assert.Empty(host.Waiter.Waits);

        // When the live replies have stopped for 10 s, the nudge goes.
        host.Clock.Advance(OutboundRateLimiter.LiveWindow);
        Assert.IsType<SendOutcome.Sent>(await sender.SendAsync(coach, Activity.CreateMessage("your weekly nudge"), SendMode.ProactiveUnqueued, Ct));
    }

    private static (OutboundRateLimiter Limiter, FakeTimeProvider Clock) Limiter()
    {
        var clock = new FakeTimeProvider(OutboundTestHost.Start);
        return (new OutboundRateLimiter(Options.Create(new OutboundOptions()), Options.Create(new NudgesOptions()), clock), clock);
    }
}
