using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.Messaging;

namespace CoachBot.Tests.Outbound;

/// <summary>The bot token only goes to serviceUrls CoachBot has reason to trust (protocol.md §5).</summary>
public sealed class TrustedServiceUrlTests
{
    private const string Stranger = "https://connector.example.org/teams/";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnUnknownHost_IsRefused_BeforeAnyTokenOrRequest()
    {
        await using var host = await OutboundTestHost.StartAsync();

        var outcome = await host.Get<IActivitySender>().SendAsync(new OutboundTarget(Stranger, "a:1", null), Activity.CreateMessage("hi"), SendMode.Proactive, Ct);

        Assert.Contains("not trusted", Assert.IsType<SendOutcome.Failed>(outcome).Reason, StringComparison.Ordinal);
        Assert.Empty(host.Connector.Requests);
        Assert.Empty(host.TokenService.Requests);
    }

    [Fact]
    public async Task AHostSeenOnAnAuthenticatedActivity_IsTrusted_AlsoAfterARestart()
    {
        var folder = OutboundTestHost.NewFolder();
        try
        {
            await using (var first = await OutboundTestHost.StartAsync(folder: folder))
            {
                await first.RecordAsync(TestActivities.PersonalMessage("aad-1", "29:one", "a:one", Stranger), authenticated: true);
            }

            await using var second = await OutboundTestHost.StartAsync(folder: folder);
            second.Connector.AnswerSendsWithIds();
            var outcome = await second.Get<IActivitySender>().SendAsync(new OutboundTarget(Stranger, "a:one", null), Activity.CreateMessage("hi"), SendMode.Proactive, Ct);

            Assert.IsType<SendOutcome.Sent>(outcome);
            Assert.Equal("Bearer token-1", Assert.Single(second.Connector.Requests).Authorization);
        }
        finally
        {
            OutboundTestHost.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task AnUnauthenticatedActivity_DoesNotMakeItsHostTrusted()
    {
        await using var host = await OutboundTestHost.StartAsync();
        await host.RecordAsync(TestActivities.PersonalMessage("aad-1", "29:one", "a:one", Stranger), authenticated: false);

        var outcome = await host.Get<IActivitySender>().SendAsync(new OutboundTarget(Stranger, "a:one", null), Activity.CreateMessage("hi"), SendMode.Proactive, Ct);

        Assert.IsType<SendOutcome.Failed>(outcome);
        Assert.Empty(host.Connector.Requests);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/gcch")]
    public async Task TheGlobalTeamsHosts_AreTrusted(string serviceUrl)
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.AnswerSendsWithIds();

        var outcome = await host.Get<IActivitySender>().SendAsync(new OutboundTarget(serviceUrl, "a:1", null), Activity.CreateMessage("hi"), SendMode.Proactive, Ct);

        Assert.IsType<SendOutcome.Sent>(outcome);
    }

    [Fact]
    public async Task AdditionalServiceUrls_AreTrusted_ButNotOtherPortsOfTheSameHost()
    {
        await using var host = await OutboundTestHost.StartAsync(s => s["Bot:AdditionalServiceUrls:0"] = OutboundTestHost.PlaygroundServiceUrl);
        host.Connector.AnswerSendsWithIds();
        var sender = host.Get<IActivitySender>();

        var playground = await sender.SendAsync(new OutboundTarget(OutboundTestHost.PlaygroundServiceUrl, "conv-1", null), Activity.CreateMessage("hi"), SendMode.InTurn, Ct);
        var otherPort = await sender.SendAsync(new OutboundTarget("http://localhost:9999/_connector", "conv-1", null), Activity.CreateMessage("hi"), SendMode.InTurn, Ct);

        Assert.IsType<SendOutcome.Sent>(playground);
        Assert.IsType<SendOutcome.Failed>(otherPort);
        Assert.Equal("/_connector/v3/conversations/conv-1/activities", Assert.Single(host.Connector.Requests).Path);
    }
}
