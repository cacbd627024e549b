using CoachBot.Bot.Protocol.Connector;

namespace CoachBot.Tests.Outbound.Connector;

public sealed class ConnectorUrlTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    [InlineData("http://localhost:56150/_connector", "http://localhost:56150/_connector/v3/conversations/a%3A1/activities")]
    [InlineData("http://localhost:56150/_connector/", "http://localhost:56150/_connector/v3/conversations/a%3A1/activities")]
    [InlineData("https://smba.trafficmanager.net", "https://smba.trafficmanager.net/v3/conversations/a%3A1/activities")]
    public void TryBuild_AnyServiceUrlShape_JoinsWithOneSlash(string serviceUrl, string expected)
    {
        Assert.True(ConnectorUrl.TryBuild(serviceUrl, out var uri, "v3", "conversations", "a:1", "activities"));
        Assert.Equal(expected, uri!.AbsoluteUri);
    }

    [Fact]
    public void TryBuild_TeamsConversationIds_AreEscapedAsOneSegment()
    {
        const string threadId = "19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1759881511856";
        Assert.True(ConnectorUrl.TryBuild("https://smba.trafficmanager.net/teams/", out var uri, "v3", "conversations", threadId, "activities", "17598/8"));

        Assert.Equal(
            "/teams/v3/conversations/19%3A6848757105754c8981c67612732d9aa7%40thread.tacv2%3Bmessageid%3D1759881511856/activities/17598%2F8",
            uri!.AbsolutePath);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("smba.trafficmanager.net/amer")]
    [InlineData("/relative/path")]
    [InlineData("ftp://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer/?x=1")]
    [InlineData("javascript:alert(1)")]
    public void TryBuild_NotAnHttpServiceUrl_IsRefused(string? serviceUrl)
    {
        Assert.False(ConnectorUrl.TryBuild(serviceUrl, out var uri, "v3", "conversations"));
        Assert.Null(uri);
    }

    [Fact]
    public void TryBuild_EmptySegment_IsRefused()
    {
        Assert.False(ConnectorUrl.TryBuild("https://smba.trafficmanager.net/amer/", out _, "v3", "conversations", "", "activities"));
    }

    [Fact]
    public void AuthorityOf_IgnoresPathAndCase()
    {
        Assert.True(ConnectorUrl.TryParseServiceUrl("HTTPS://SMBA.TrafficManager.net/amer/", out var uri));
        Assert.Equal("https://smba.trafficmanager.net:443", ConnectorUrl.AuthorityOf(uri!));
    }
}
