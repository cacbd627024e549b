using System.Net;
using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.Messaging;
using CoachBot.Tests.Infrastructure.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Outbound;

/// <summary>protocol.md §6: 429 and Retry-After, transient errors, timeouts, final 4xx, and the durable outbox.</summary>
public sealed class ResilienceTests
{
    private const string ConversationId = "a:coach-1";
    private const string SendPath = "/amer/v3/conversations/a%3Acoach-1/activities";
    private static readonly OutboundTarget Coach = new(OutboundTestHost.TeamsServiceUrl, ConversationId, OutboundTestHost.TenantId);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TooManyRequests_WithRetryAfter_ThenOk_IsSentAfterExactlyThatWait()
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.On(HttpMethod.Post, SendPath, ScriptedResponse.TooManyRequests(TimeSpan.FromSeconds(2)), ScriptedResponse.Created("42"));

        var outcome = await host.Get<IActivitySender>().SendAsync(Coach, Activity.CreateMessage("hi"), SendMode.InTurn, Ct);

        Assert.Equal(new SendOutcome.Sent(ConversationId, "42"), outcome);
        var requests = host.Connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(2), requests[1].At - requests[0].At);
    }

    [Fact]
    public async Task ServiceUnavailable_ThenOk_IsRetriedAfterABackoff()
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.On(HttpMethod.Post, SendPath, ScriptedResponse.Status(HttpStatusCode.ServiceUnavailable), ScriptedResponse.Created("43"));

        var outcome = await host.Get<IActivitySender>().SendAsync(Coach, Activity.CreateMessage("hi"), SendMode.InTurn, Ct);

        Assert.Equal(new SendOutcome.Sent(ConversationId, "43"), outcome);
        var requests = host.Connector.Requests;
        Assert.Equal(TimeSpan.FromSeconds(1), requests[1].At - requests[0].At);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task OtherTransientStatuses_AreRetried(HttpStatusCode status)
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.On(HttpMethod.Post, SendPath, ScriptedResponse.Status(status), ScriptedResponse.Created("44"));

        var outcome = await host.Get<IActivitySender>().SendAsync(Coach, Activity.CreateMessage("hi"), SendMode.Proactive, Ct);

        Assert.Equal(new SendOutcome.Sent(ConversationId, "44"), outcome);
        Assert.Equal(2, host.Connector.Requests.Count);
    }

    [Fact]
    public async Task RepeatedFailures_BackOffExponentially()
    {
        await using var host = await OutboundTestHost.StartAsync();
        var unavailable = ScriptedResponse.Status(HttpStatusCode.ServiceUnavailable);
        host.Connector.On(HttpMethod.Post, SendPath, unavailable, unavailable, unavailable, ScriptedResponse.Created("45"));

        var outcome = await host.Get<IActivitySender>().SendAsync(Coach, Activity.CreateMessage("hi"), SendMode.Proactive, Ct);

        Assert.Equal(new SendOutcome.Sent(ConversationId, "45"), outcome);
        var at = host.Connector.Requests.Select(r => r.At).ToList();
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], at.Zip(at.Skip(1), (a, b) => b - a));
    }

    [Fact]
    public async Task NetworkError_ThenOk_IsRetried()
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.On(HttpMethod.Post, SendPath, ScriptedResponse.NetworkError(), ScriptedResponse.Created("46"));

        var outcome = await host.Get<IActivitySender>().SendAsync(Coach, Activity.CreateMessage("hi"), SendMode.InTurn, Ct);

        Assert.Equal(new SendOutcome.Sent(ConversationId, "46"), outcome);
    }

    [Fact]
    public async Task Timeout_CountsAsRetryable_AndTheNextAttemptSucceeds()
    {
        await using var host = await OutboundTestHost.StartAsync(s => s["Outbound:RequestTimeout"] = "00:00:10");
        host.Connector.On(HttpMethod.Post, SendPath,
            ScriptedResponse.Slow(host.Clock, TimeSpan.FromSeconds(30), ScriptedResponse.Created("never")),
            ScriptedResponse.Created("47"));

        var outcome = await host.Get<IActivitySender>().SendAsync(Coach, Activity.CreateMessage("hi"), SendMode.Proactive, Ct);

        Assert.Equal(new SendOutcome.Sent(ConversationId, "47"), outcome);
        Assert.Equal(2, host.Connector.Requests.Count);
    }

    [Fact]
    public async Task SlowButInTime_IsNoTimeout()
    {
        await using var host = await OutboundTestHost.StartAsync(s => s["Outbound:RequestTimeout"] = "00:00:10");
        host.Connector.On(HttpMethod.Post, SendPath, ScriptedResponse.Slow(host.Clock, TimeSpan.FromSeconds(9), ScriptedResponse.Created("48")));

        var outcome = await host.Get<IActivitySender>().SendAsync(Coach, Activity.CreateMessage("hi"), SendMode.InTurn, Ct);

        Assert.Equal(new SendOutcome.Sent(ConversationId, "48"), outcome);
    }

    [Fact]
    public async Task TimeoutInATurn_PastTheTurnBudget_IsQueuedAndDeliveredLater()
    {
        await using var host = await OutboundTestHost.StartAsync(s => s["Outbound:RequestTimeout"] = "00:00:06");
        host.Connector.On(HttpMethod.Post, SendPath,
            ScriptedResponse.Slow(host.Clock, TimeSpan.FromSeconds(30), ScriptedResponse.Created("never")),
            ScriptedResponse.Created("49"));

        var outcome = await host.Get<IActivitySender>().SendAsync(Coach, Activity.CreateMessage("hi"), SendMode.InTurn, Ct);

        Assert.Equal(new SendOutcome.Throttled(TimeSpan.FromSeconds(1), Queued: true), outcome);
        Assert.Single(host.Connector.Requests);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var drained = await host.Get<OutboxDispatcher>().DrainDueAsync(host.Clock.GetUtcNow(), Ct);

        Assert.Equal(1, drained.Delivered);
        Assert.Equal(2, host.Connector.Requests.Count);
    }

    [Fact]
    public async Task Forbidden_IsNotReachable_NotRetried_AndMarksTheConversationInactive()
    {
        await using var host = await OutboundTestHost.StartAsync();
        await host.RecordAsync(TestActivities.PersonalMessage("aad-coach-1", "29:coach-1", ConversationId));
        host.Connector.On(HttpMethod.Post, SendPath, ScriptedResponse.Blocked());

        var outcome = await host.Get<IActivitySender>().SendAsync(Coach, Activity.CreateMessage("hi"), SendMode.Proactive, Ct);

        var notReachable = Assert.IsType<SendOutcome.NotReachable>(outcome);
        Assert.Contains("MessageWritesBlocked", notReachable.Reason, StringComparison.Ordinal);
        Assert.Single(host.Connector.Requests);
        var directory = host.Get<IConversationDirectory>();
        Assert.False((await directory.FindConversationAsync(ConversationId, Ct))!.Active);
        Assert.False((await directory.FindUserAsync("aad-coach-1", Ct))!.Active);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task OtherErrors_FailAtOnce_WithTheConnectorErrorCode(HttpStatusCode status)
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.On(HttpMethod.Post, SendPath, ScriptedResponse.Json(status, """{"error":{"code":"MessageSizeTooBig","message":"too big"}}"""));

        var outcome = await host.Get<IActivitySender>().SendAsync(Coach, Activity.CreateMessage("hi"), SendMode.Proactive, Ct);

        var failed = Assert.IsType<SendOutcome.Failed>(outcome);
        Assert.Contains($"HTTP {(int)status}", failed.Reason, StringComparison.Ordinal);
        Assert.Contains("MessageSizeTooBig", failed.Reason, StringComparison.Ordinal);
        Assert.Single(host.Connector.Requests);
    }

    [Fact]
    public async Task LongRetryAfterInATurn_IsQueued_AndTheOutboxDeliversItWhenDue()
    {
        var observer = new RecordingObserver();
        await using var host = await OutboundTestHost.StartAsync(services: s => s.AddSingleton<IOutboxDeliveryObserver>(observer));
        host.Connector.On(HttpMethod.Post, SendPath, ScriptedResponse.TooManyRequests(TimeSpan.FromSeconds(30)), ScriptedResponse.Created("50"));
        var dispatcher = host.Get<OutboxDispatcher>();

        var outcome = await host.Get<IActivitySender>().SendAsync(Coach, Activity.CreateMessage("your coach will help"), SendMode.InTurn, Ct);

        Assert.Equal(new SendOutcome.Throttled(TimeSpan.FromSeconds(30), Queued: true), outcome);
        Assert.Single(host.Connector.Requests);
        Assert.True(host.Waiter.Waits.Sum(w => w.TotalSeconds) <= 5, "a turn never waits past its budget");

        host.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, (await dispatcher.DrainDueAsync(host.Clock.GetUtcNow(), Ct)).Delivered);
        Assert.Single(host.Connector.Requests);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await dispatcher.DrainDueAsync(host.Clock.GetUtcNow(), Ct)).Delivered);

        var delivered = host.Connector.Requests[^1];
        Assert.Equal("your coach will help", delivered.Json().GetProperty("text").GetString());
        var item = Assert.Single(await host.Get<IOutboxStore>().ListAsync(ConversationId, Ct));
        Assert.Equal(OutboxStatus.Delivered, item.Status);
        Assert.Equal("50", item.ResultActivityId);
        Assert.Equal("50", Assert.Single(observer.Deliveries).ActivityId);
    }

    [Fact]
    public async Task QueuedSends_SurviveARestart()
    {
        var folder = OutboundTestHost.NewFolder();
        try
        {
            await using (var first = await OutboundTestHost.StartAsync(folder: folder))
            {
                first.Connector.On(HttpMethod.Post, SendPath, ScriptedResponse.TooManyRequests(TimeSpan.FromMinutes(2)));
                var outcome = await first.Get<IActivitySender>().SendAsync(Coach, Activity.CreateMessage("weekly nudge"), SendMode.InTurn, Ct);
                Assert.IsType<SendOutcome.Throttled>(outcome);
            }

            var later = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(OutboundTestHost.Start + TimeSpan.FromMinutes(5));
            await using var second = await OutboundTestHost.StartAsync(folder: folder, clock: later);
            second.Connector.On(HttpMethod.Post, SendPath, ScriptedResponse.Created("51"));

            var drained = await second.Get<OutboxDispatcher>().DrainDueAsync(later.GetUtcNow(), Ct);

            Assert.Equal(1, drained.Delivered);
            Assert.Equal("weekly nudge", Assert.Single(second.Connector.Requests).Json().GetProperty("text").GetString());
        }
        finally
        {
            OutboundTestHost.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task SendsBehindAQueuedSend_WaitTheirTurn_AndAreDeliveredInOrder()
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.On(HttpMethod.Post, SendPath, ScriptedResponse.TooManyRequests(TimeSpan.FromSeconds(20)));
        var sender = host.Get<IActivitySender>();

        await sender.SendAsync(Coach, Activity.CreateMessage("first"), SendMode.InTurn, Ct);
        var second = await sender.SendAsync(Coach, Activity.CreateMessage("second"), SendMode.InTurn, Ct);

        Assert.Equal(new SendOutcome.Throttled(TimeSpan.FromSeconds(20), Queued: true), second);
        Assert.Single(host.Connector.Requests);

        host.Connector.AnswerSendsWithIds();
        host.Clock.Advance(TimeSpan.FromSeconds(20));
        var drained = await host.Get<OutboxDispatcher>().DrainDueAsync(host.Clock.GetUtcNow(), Ct);

        Assert.Equal(2, drained.Delivered);
        Assert.Equal(["first", "first", "second"], host.Connector.Requests.Select(r => r.Json().GetProperty("text").GetString()));
    }

    [Fact]
    public async Task AfterSendsWithNothingQueued_ANewlyQueuedSend_StillHoldsBackTheNextOne_UntilItIsDelivered()
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.On(HttpMethod.Post, SendPath, ScriptedResponse.Created("40"), ScriptedResponse.TooManyRequests(TimeSpan.FromSeconds(20)));
        var sender = host.Get<IActivitySender>();

        // The outbox is empty: this send goes straight out (and the sender learns that nothing is queued).
        Assert.IsType<SendOutcome.Sent>(await sender.SendAsync(Coach, Activity.CreateMessage("hello"), SendMode.InTurn, Ct));
        await sender.SendAsync(Coach, Activity.CreateMessage("first"), SendMode.InTurn, Ct);
        var second = await sender.SendAsync(Coach, Activity.CreateMessage("second"), SendMode.InTurn, Ct);

        Assert.Equal(new SendOutcome.Throttled(TimeSpan.FromSeconds(20), Queued: true), second);
        host.Connector.AnswerSendsWithIds();
        host.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(2, (await host.Get<OutboxDispatcher>().DrainDueAsync(host.Clock.GetUtcNow(), Ct)).Delivered);

        // Nothing waits any more: the next send goes straight out again.
        Assert.IsType<SendOutcome.Sent>(await sender.SendAsync(Coach, Activity.CreateMessage("third"), SendMode.InTurn, Ct));
        Assert.Equal(["hello", "first", "first", "second", "third"], host.Connector.Requests.Select(r => r.Json().GetProperty("text").GetString()));
    }

    [Fact]
    public async Task TheOutbox_GivesUpAfterItsAttemptLimit()
    {
        await using var host = await OutboundTestHost.StartAsync(s => s["Outbound:OutboxMaxAttempts"] = "5");
        host.Connector.Always(HttpMethod.Post, SendPath, ScriptedResponse.Status(HttpStatusCode.ServiceUnavailable));
        var dispatcher = host.Get<OutboxDispatcher>();

        var outcome = await host.Get<IActivitySender>().SendAsync(Coach, Activity.CreateMessage("hi"), SendMode.InTurn, Ct);
        Assert.IsType<SendOutcome.Throttled>(outcome);
        var inTurnAttempts = host.Connector.Requests.Count;

        for (var round = 0; round < 10; round++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            await dispatcher.DrainDueAsync(host.Clock.GetUtcNow(), Ct);
        }

        var item = Assert.Single(await host.Get<IOutboxStore>().ListAsync(ConversationId, Ct));
        Assert.Equal(OutboxStatus.Failed, item.Status);
        Assert.Equal(5, item.Attempts);
        Assert.Equal(5, host.Connector.Requests.Count);
        Assert.Equal(3, inTurnAttempts);
    }

    [Fact]
    public async Task Update_UsesPutWithTheActivityId_AndDelete_UsesDelete()
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.On(HttpMethod.Put, SendPath + "/1759", ScriptedResponse.Json(HttpStatusCode.OK, """{"id":"1759"}"""));
        host.Connector.On(HttpMethod.Delete, SendPath + "/1759", ScriptedResponse.Status(HttpStatusCode.OK));
        var sender = host.Get<IActivitySender>();

        var updated = await sender.UpdateAsync(Coach, "1759", Activity.CreateMessage("done"), SendMode.InTurn, Ct);
        var deleted = await sender.DeleteAsync(Coach, "1759", SendMode.InTurn, Ct);

        Assert.Equal(new SendOutcome.Sent(ConversationId, "1759"), updated);
        Assert.Equal(new SendOutcome.Sent(ConversationId, "1759"), deleted);
        Assert.Equal("1759", host.Connector.Requests[0].Json().GetProperty("id").GetString());
        Assert.Null(host.Connector.Requests[1].Body);
    }

    [Fact]
    public async Task BadTargets_FailWithAReason_AndNeverCrash()
    {
        await using var host = await OutboundTestHost.StartAsync();
        var sender = host.Get<IActivitySender>();

        var noUrl = await sender.SendAsync(Coach with { ServiceUrl = "" }, Activity.CreateMessage("hi"), SendMode.InTurn, Ct);
        var badUrl = await sender.SendAsync(Coach with { ServiceUrl = "not a url" }, Activity.CreateMessage("hi"), SendMode.InTurn, Ct);
        var noId = await sender.UpdateAsync(Coach, "", Activity.CreateMessage("hi"), SendMode.InTurn, Ct);

        Assert.IsType<SendOutcome.Failed>(noUrl);
        Assert.Contains("serviceUrl", Assert.IsType<SendOutcome.Failed>(badUrl).Reason, StringComparison.Ordinal);
        Assert.IsType<SendOutcome.Failed>(noId);
        Assert.Empty(host.Connector.Requests);
    }
}
