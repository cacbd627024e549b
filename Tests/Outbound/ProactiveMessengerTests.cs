using System.Net;
using CoachBot.Bot.Outbound;
using CoachBot.Dialogs.Messaging;
using CoachBot.Tests.Infrastructure.Connector;

namespace CoachBot.Tests.Outbound;

/// <summary>Proactive sends (protocol.md §3.3, §5) through the feature-facing <see cref="IProactiveMessenger"/>.</summary>
public sealed class ProactiveMessengerTests
{
    private const string CoachAad = "0b7c2d4e-6f81-4a93-b5c6-d7e8f9a0b1c2";
    private const string CoachTeamsId = "29:1coach-teams-id";
    private const string CreatePath = "/amer/v3/conversations";
    private const string NewPersonal = "a:1new-personal-chat";
    private const string NewPersonalSends = "/amer/v3/conversations/a%3A1new-personal-chat/activities";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ToAUserWithAPersonalChat_SendsThere()
    {
        await using var host = await OutboundTestHost.StartAsync();
        await host.RecordAsync(TestActivities.PersonalMessage(CoachAad, CoachTeamsId, "a:known-chat"));
        host.Connector.AnswerSendsWithIds();

        var outcome = await host.Get<IProactiveMessenger>().SendToUserAsync(CoachAad, new MessageContent.Text("A teacher asked for help"), Ct);

        Assert.Equal(new SendOutcome.Sent("a:known-chat", "1"), outcome);
        var request = Assert.Single(host.Connector.Requests);
        Assert.Equal("/amer/v3/conversations/a%3Aknown-chat/activities", request.Path);
        Assert.Equal("A teacher asked for help", request.Json().GetProperty("text").GetString());
    }

    [Fact]
    public async Task ToAUserSeenOnlyInAChannel_CreatesThe1On1ChatFirst_ThenSends_AndKeepsTheActivityId()
    {
        await using var host = await OutboundTestHost.StartAsync();
        await host.RecordAsync(TestActivities.ChannelMessage(CoachAad, CoachTeamsId));
        host.Connector.On(HttpMethod.Post, CreatePath, ScriptedResponse.Json(HttpStatusCode.Created, $$"""{"id":"{{NewPersonal}}"}"""));
        host.Connector.On(HttpMethod.Post, NewPersonalSends, ScriptedResponse.Created("1700000000123"));
        var messenger = host.Get<IProactiveMessenger>();

        var outcome = await messenger.SendToUserAsync(CoachAad, new MessageContent.Text("New request"), Ct);

        Assert.Equal(new SendOutcome.Sent(NewPersonal, "1700000000123"), outcome);
        var create = host.Connector.Requests[0].Json();
        Assert.False(create.GetProperty("isGroup").GetBoolean());
        Assert.Equal(TestActivities.BotId, create.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal(CoachTeamsId, Assert.Single(create.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(OutboundTestHost.TenantId, create.GetProperty("tenantId").GetString());
        Assert.Equal(OutboundTestHost.TenantId, create.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(create.TryGetProperty("activity", out _), "the card is sent after creating, so its id comes back");

        // The new chat is remembered: the next message needs no create.
        host.Connector.AnswerSendsWithIds();
        await messenger.SendToUserAsync(CoachAad, new MessageContent.Text("Another"), Ct);
        Assert.Equal(1, host.Connector.Requests.Count(r => r.Path == CreatePath));
        Assert.Equal(NewPersonal, (await host.Get<IConversationDirectory>().FindUserAsync(CoachAad, Ct))!.PersonalConversationId);
    }

    [Fact]
    public async Task ToAnUnknownUser_IsNotReachable_WithoutCallingTeams()
    {
        await using var host = await OutboundTestHost.StartAsync();

        var outcome = await host.Get<IProactiveMessenger>().SendToUserAsync(CoachAad, new MessageContent.Text("hi"), Ct);

        Assert.IsType<SendOutcome.NotReachable>(outcome);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task WhenTheAppIsNotInstalledForTheUser_CreateIsRefused_AndTheUserIsNotTriedAgainUntilTheyWrite()
    {
        await using var host = await OutboundTestHost.StartAsync();
        await host.RecordAsync(TestActivities.ChannelMessage(CoachAad, CoachTeamsId));
        host.Connector.On(HttpMethod.Post, CreatePath, ScriptedResponse.Blocked());
        var messenger = host.Get<IProactiveMessenger>();

        var first = await messenger.SendToUserAsync(CoachAad, new MessageContent.Text("hi"), Ct);
        var second = await messenger.SendToUserAsync(CoachAad, new MessageContent.Text("hi"), Ct);

        Assert.IsType<SendOutcome.NotReachable>(first);
        Assert.IsType<SendOutcome.NotReachable>(second);
        Assert.Single(host.Connector.Requests);

        // They install the app and write: reachable again.
        await host.RecordAsync(TestActivities.PersonalMessage(CoachAad, CoachTeamsId, "a:installed-now"));
        host.Connector.AnswerSendsWithIds();
        Assert.IsType<SendOutcome.Sent>(await messenger.SendToUserAsync(CoachAad, new MessageContent.Text("hi"), Ct));
    }

    [Fact]
    public async Task A403OnTheirPersonalChat_MarksItInactive_UntilTheyWriteAgain()
    {
        await using var host = await OutboundTestHost.StartAsync();
        await host.RecordAsync(TestActivities.PersonalMessage(CoachAad, CoachTeamsId, "a:known-chat"));
        host.Connector.On(HttpMethod.Post, "/amer/v3/conversations/a%3Aknown-chat/activities", ScriptedResponse.Blocked());
        var messenger = host.Get<IProactiveMessenger>();

        Assert.IsType<SendOutcome.NotReachable>(await messenger.SendToUserAsync(CoachAad, new MessageContent.Text("nudge"), Ct));
        Assert.IsType<SendOutcome.NotReachable>(await messenger.SendToUserAsync(CoachAad, new MessageContent.Text("nudge"), Ct));
        Assert.IsType<SendOutcome.NotReachable>(await messenger.SendToConversationAsync("a:known-chat", new MessageContent.Text("nudge"), Ct));
        Assert.Single(host.Connector.Requests);

        await host.RecordAsync(TestActivities.PersonalMessage(CoachAad, CoachTeamsId, "a:known-chat"));
        host.Connector.AnswerSendsWithIds();
        Assert.IsType<SendOutcome.Sent>(await messenger.SendToUserAsync(CoachAad, new MessageContent.Text("nudge"), Ct));
    }

    [Fact]
    public async Task ToAConversation_AndUpdateOfASentMessage()
    {
        await using var host = await OutboundTestHost.StartAsync();
        await host.RecordAsync(TestActivities.ChannelMessage(CoachAad, CoachTeamsId));
        const string channelSends = "/amer/v3/conversations/19%3Ageneral%40thread.tacv2/activities";
        host.Connector.On(HttpMethod.Post, channelSends, ScriptedResponse.Created("555"));
        host.Connector.On(HttpMethod.Put, channelSends + "/555", ScriptedResponse.Json(HttpStatusCode.OK, """{"id":"555"}"""));
        var messenger = host.Get<IProactiveMessenger>();

        var sent = await messenger.SendToConversationAsync("19:general@thread.tacv2", new MessageContent.Text("Request #12 is open"), Ct);
        var updated = await messenger.UpdateAsync("19:general@thread.tacv2", "555", new MessageContent.Text("Request #12 was taken"), Ct);

        Assert.Equal(new SendOutcome.Sent("19:general@thread.tacv2", "555"), sent);
        Assert.Equal(new SendOutcome.Sent("19:general@thread.tacv2", "555"), updated);
        Assert.Equal("Request #12 was taken", host.Connector.Requests[1].Json().GetProperty("text").GetString());
    }

    [Fact]
    public async Task UnknownOrEmptyTargets_AreTypedResults()
    {
        await using var host = await OutboundTestHost.StartAsync();
        var messenger = host.Get<IProactiveMessenger>();

        Assert.IsType<SendOutcome.NotReachable>(await messenger.SendToConversationAsync("19:never-seen@thread.v2", new MessageContent.Text("hi"), Ct));
        Assert.IsType<SendOutcome.Failed>(await messenger.SendToConversationAsync("", new MessageContent.Text("hi"), Ct));
        Assert.IsType<SendOutcome.Failed>(await messenger.SendToUserAsync(" ", new MessageContent.Text("hi"), Ct));
        Assert.IsType<SendOutcome.Failed>(await messenger.UpdateAsync("19:x", "", new MessageContent.Text("hi"), Ct));
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task CreateThrottledPastTheBudget_IsThrottledAndNotQueued()
    {
        await using var host = await OutboundTestHost.StartAsync();
        await host.RecordAsync(TestActivities.ChannelMessage(CoachAad, CoachTeamsId));
        host.Connector.On(HttpMethod.Post, CreatePath, ScriptedResponse.TooManyRequests(TimeSpan.FromMinutes(5)));

        var outcome = await host.Get<IProactiveMessenger>().SendToUserAsync(CoachAad, new MessageContent.Text("hi"), Ct);

        Assert.Equal(new SendOutcome.Throttled(TimeSpan.FromMinutes(5), Queued: false), outcome);
    }
}
