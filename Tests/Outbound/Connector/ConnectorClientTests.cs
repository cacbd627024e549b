using System.Net;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Protocol.Connector;
using CoachBot.Tests.Infrastructure.Connector;

namespace CoachBot.Tests.Outbound.Connector;

/// <summary>The single-attempt Connector calls (protocol.md §3.2) and how their answers are read.</summary>
public sealed class ConnectorClientTests
{
    private const string Playground = OutboundTestHost.PlaygroundServiceUrl;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReplyGetMemberAndCreate_UseTheirEndpoints_UnderThePlaygroundPrefix()
    {
        await using var host = await OutboundTestHost.StartAsync(s => s["Bot:AppId"] = "", scriptTokens: false);
        host.Connector.On(HttpMethod.Post, "/_connector/v3/conversations/19%3Achan%40thread.tacv2/activities/1759", ScriptedResponse.Created("1760"));
        host.Connector.On(HttpMethod.Get, "/_connector/v3/conversations/19%3Achan%40thread.tacv2/members/29%3Auser",
            ScriptedResponse.Json(HttpStatusCode.OK, """{"id":"29:user","name":"Avery","aadObjectId":"aad-1","email":"avery@school.example"}"""));
        host.Connector.On(HttpMethod.Post, "/_connector/v3/conversations",
            ScriptedResponse.Json(HttpStatusCode.Created, """{"id":"a:new"}""", ("MS-CV", "cv-123")));
        var connector = host.Get<IConnectorClient>();

        var reply = await connector.ReplyToActivityAsync(Playground, "19:chan@thread.tacv2", "1759", Activity.CreateMessage("thread reply"), Ct);
        var member = await connector.GetMemberAsync(Playground, "19:chan@thread.tacv2", "29:user", Ct);
        var created = await connector.CreateConversationAsync(Playground, new ConversationParameters { Members = [new ChannelAccount { Id = "29:user" }] }, Ct);

        Assert.Equal("1760", reply.ReadResourceId());
        Assert.Equal("aad-1", member.ReadMember()!.AadObjectId);
        Assert.Equal("avery@school.example", member.ReadMember()!.ExtensionData!["email"].GetString());
        Assert.Equal("a:new", created.ReadConversation()!.Id);
        Assert.Equal("cv-123", created.CorrelationId);
        Assert.Empty(host.Connector.Unexpected);
    }

    [Fact]
    public async Task RetryAfterAsADate_IsReadAsAWait()
    {
        await using var host = await OutboundTestHost.StartAsync();
        var at = host.Clock.GetUtcNow().AddSeconds(42).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        host.Connector.On(HttpMethod.Post, "/amer/v3/conversations/a%3A1/activities",
            ScriptedResponse.Json(HttpStatusCode.TooManyRequests, null, ("Retry-After", at)));

        var response = await host.Get<IConnectorClient>().SendToConversationAsync(OutboundTestHost.TeamsServiceUrl, "a:1", Activity.CreateMessage("hi"), Ct);

        Assert.Equal(ConnectorStatus.Throttled, response.Status);
        Assert.Equal(TimeSpan.FromSeconds(42), response.RetryAfter);
    }

    [Theory]
    [InlineData("""{"error":{"code":"BadSyntax","message":"Incorrect conversation creation parameters"}}""", "BadSyntax", "Incorrect conversation creation parameters")]
    [InlineData("""{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"blocked"}}""", "Forbidden/MessageWritesBlocked", "blocked")]
    [InlineData("<html>Bad gateway</html>", null, null)]
    [InlineData("[1,2]", null, null)]
    [InlineData("", null, null)]
    public void ErrorBodies_AreReadLeniently(string body, string? code, string? message) =>
        Assert.Equal((code, message), ConnectorClient.ReadError(body));
}
