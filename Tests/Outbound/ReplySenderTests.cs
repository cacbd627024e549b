using CoachBot.Bot.Pipeline;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.Messaging;

namespace CoachBot.Tests.Outbound;

/// <summary>Replies inside a turn go back to the inbound activity's conversation at its serviceUrl.</summary>
public sealed class ReplySenderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReplyInThePlayground_GoesToItsConnectorPath_WithReplyToId()
    {
        await using var host = await OutboundTestHost.StartAsync(s => s["Bot:AppId"] = "", scriptTokens: false);
        host.Connector.AnswerSendsWithIds();
        var inbound = TestActivities.PersonalMessage("aad-1", "29:one", "personal-chat-id", OutboundTestHost.PlaygroundServiceUrl);
        await host.RecordAsync(inbound, authenticated: false);

        var outcome = await host.Get<IReplySender>().SendAsync(inbound, Activity.CreateMessage("Here is what I can do"), Ct);

        Assert.Equal(new SendOutcome.Sent("personal-chat-id", "1"), outcome);
        var request = Assert.Single(host.Connector.Requests);
        Assert.Equal("http://localhost:56150/_connector/v3/conversations/personal-chat-id/activities", request.Uri.AbsoluteUri);
        Assert.Equal(inbound.Id, request.Json().GetProperty("replyToId").GetString());
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task AnInboundActivityWithoutServiceUrl_IsAFailedResult()
    {
        await using var host = await OutboundTestHost.StartAsync();
        var inbound = new Activity { Type = ActivityTypes.Message, Conversation = new ConversationAccount { Id = "a:1" } };

        var outcome = await host.Get<IReplySender>().SendAsync(inbound, Activity.CreateMessage("hi"), Ct);

        Assert.IsType<SendOutcome.Failed>(outcome);
        Assert.Empty(host.Connector.Requests);
    }
}
