using System.Net;
using CoachBot.Bot.Hosting;
using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Protocol.Connector;
using CoachBot.Dialogs.Messaging;
using CoachBot.Tests.Infrastructure.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Outbound.Connector;

public sealed class BotTokenTests
{
    private static readonly OutboundTarget Teams = new(OutboundTestHost.TeamsServiceUrl, "a:personal-1", OutboundTestHost.TenantId);

    [Fact]
    public async Task ManySends_MakeOneTokenRequest_ToTheTenantAuthority()
    {
        await using var host = await OutboundTestHost.StartAsync();
        host.Connector.AnswerSendsWithIds();
        var sender = host.Get<IActivitySender>();

        for (var i = 0; i < 25; i++)
        {
            var outcome = await sender.SendAsync(Teams with { ConversationId = $"a:personal-{i}" }, Activity.CreateMessage($"hello {i}"), SendMode.Proactive, TestContext.Current.CancellationToken);
            Assert.IsType<SendOutcome.Sent>(outcome);
        }

        var tokenRequests = host.TokenService.Requests.Where(r => r.Method == HttpMethod.Post).ToList();
        var tokenRequest = Assert.Single(tokenRequests);
        Assert.Equal($"https://login.microsoftonline.com{OutboundTestHost.TokenPath}", tokenRequest.Uri.GetLeftPart(UriPartial.Path));
        var form = tokenRequest.Form();
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(OutboundTestHost.AppId, form["client_id"]);
        Assert.Equal("test-secret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.All(host.Connector.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Empty(host.TokenService.Unexpected);
    }

    [Fact]
    public async Task NoTenant_UsesTheBotFrameworkAuthority()
    {
        await using var host = await OutboundTestHost.StartAsync(s => s["Bot:TenantId"] = "", scriptTokens: false);
        host.TokenService.Always(HttpMethod.Post, "/botframework.com/oauth2/v2.0/token", ScriptedResponse.Token("mt-token", TimeSpan.FromHours(1)));
        host.Connector.AnswerSendsWithIds();

        var outcome = await host.Get<IActivitySender>().SendAsync(Teams, Activity.CreateMessage("hi"), SendMode.Proactive, TestContext.Current.CancellationToken);

        Assert.IsType<SendOutcome.Sent>(outcome);
        Assert.Equal("Bearer mt-token", Assert.Single(host.Connector.Requests).Authorization);
    }

    [Fact]
    public async Task Anonymous_SendsNoTokenAndRequestsNone()
    {
        await using var host = await OutboundTestHost.StartAsync(s => s["Bot:AppId"] = "", scriptTokens: false);
        host.Connector.AnswerSendsWithIds();

        var outcome = await host.Get<IActivitySender>().SendAsync(
            new OutboundTarget(OutboundTestHost.PlaygroundServiceUrl, "conv-1", null), Activity.CreateMessage("hi"), SendMode.InTurn, TestContext.Current.CancellationToken);

        Assert.IsType<SendOutcome.Sent>(outcome);
        Assert.Null(Assert.Single(host.Connector.Requests).Authorization);
        Assert.Empty(host.TokenService.Requests);
    }

    [Fact]
    public async Task A401_IsRetriedOnceWithAFreshToken()
    {
        await using var host = await OutboundTestHost.StartAsync(scriptTokens: false);
        host.TokenService.On(HttpMethod.Post, OutboundTestHost.TokenPath,
            ScriptedResponse.Token("stale-token", TimeSpan.FromHours(1)),
            ScriptedResponse.Token("fresh-token", TimeSpan.FromHours(1)));
        const string path = "/amer/v3/conversations/a%3Apersonal-1/activities";
        host.Connector.On(HttpMethod.Post, path, ScriptedResponse.Status(HttpStatusCode.Unauthorized), ScriptedResponse.Created("9"));

        var outcome = await host.Get<IActivitySender>().SendAsync(Teams, Activity.CreateMessage("hi"), SendMode.InTurn, TestContext.Current.CancellationToken);

        Assert.Equal(new SendOutcome.Sent("a:personal-1", "9"), outcome);
        Assert.Equal(["Bearer stale-token", "Bearer fresh-token"], host.Connector.Requests.Select(r => r.Authorization));
        Assert.Equal(2, host.TokenService.Requests.Count(r => r.Method == HttpMethod.Post));
    }

    [Fact]
    public async Task MissingSecret_FailsWithAClearReason_AndCallsNothing()
    {
        await using var host = await OutboundTestHost.StartAsync(s => s["Bot:AppPassword"] = "", scriptTokens: false);

        var outcome = await host.Get<IActivitySender>().SendAsync(Teams, Activity.CreateMessage("hi"), SendMode.InTurn, TestContext.Current.CancellationToken);

        var failed = Assert.IsType<SendOutcome.Failed>(outcome);
        Assert.Contains("Bot__AppPassword", failed.Reason, StringComparison.Ordinal);
        Assert.Empty(host.Connector.Requests);
        Assert.Empty(host.TokenService.Requests);
    }

    [Fact]
    public async Task RejectedSecret_FailsWithoutRetryingTheConnector()
    {
        await using var host = await OutboundTestHost.StartAsync(scriptTokens: false);
        host.TokenService.Always(HttpMethod.Post, OutboundTestHost.TokenPath, ScriptedResponse.Json(HttpStatusCode.Unauthorized,
            """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}"""));

        var outcome = await host.Get<IActivitySender>().SendAsync(Teams, Activity.CreateMessage("hi"), SendMode.InTurn, TestContext.Current.CancellationToken);

        var failed = Assert.IsType<SendOutcome.Failed>(outcome);
        Assert.Contains("invalid_client", failed.Reason, StringComparison.Ordinal);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task CachedToken_IsReusedUntilFiveMinutesBeforeExpiry()
    {
        var clock = new FakeTimeProvider(OutboundTestHost.Start);
        var source = new CountingTokenSource(clock, TimeSpan.FromHours(1));
        using var provider = NewProvider(source, clock);

        Assert.Equal("token-1", await provider.GetTokenAsync(false, TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("token-1", await provider.GetTokenAsync(false, TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal("token-2", await provider.GetTokenAsync(false, TestContext.Current.CancellationToken));
        Assert.Equal(2, source.Calls);
    }

    [Fact]
    public async Task ConcurrentCallers_ShareOneTokenRequest()
    {
        var clock = new FakeTimeProvider(OutboundTestHost.Start);
        var source = new CountingTokenSource(clock, TimeSpan.FromHours(1));
        using var provider = NewProvider(source, clock);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => provider.GetTokenAsync(false, TestContext.Current.CancellationToken))));

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(1, source.Calls);
    }

    [Fact]
    public async Task ForcedRefresh_ReplacesTheTokenOnce_ForCallersThatSawTheSameRejectedToken()
    {
        var clock = new FakeTimeProvider(OutboundTestHost.Start);
        var source = new CountingTokenSource(clock, TimeSpan.FromHours(1));
        using var provider = NewProvider(source, clock);
        await provider.GetTokenAsync(false, TestContext.Current.CancellationToken);

        Assert.Equal("token-2", await provider.GetTokenAsync(true, TestContext.Current.CancellationToken));
        Assert.Equal("token-2", await provider.GetTokenAsync(false, TestContext.Current.CancellationToken));
        Assert.Equal(2, source.Calls);
        Assert.True(source.LastForced);
    }

    [Theory]
    [InlineData("https://api.botframework.com", "https://api.botframework.com/.default")]
    [InlineData("https://api.botframework.com/.default", "https://api.botframework.com/.default")]
    [InlineData("https://api.botframework.us/", "https://api.botframework.us/.default")]
    public void Scope_AlwaysEndsInDefault(string configured, string expected) =>
        Assert.Equal(expected, MsalBotTokenSource.Scope(configured));

    [Fact]
    public void Authority_SovereignHostAndTenant()
    {
        var bot = new BotOptions { AuthorityHost = "https://login.microsoftonline.us/", TenantId = " 3f6a1c2e-8b4d-4f7a-9e21-5d0c7b9a8e34 " };
        Assert.Equal("https://login.microsoftonline.us/3f6a1c2e-8b4d-4f7a-9e21-5d0c7b9a8e34", MsalBotTokenSource.AuthorityFor(bot));
        Assert.Equal("https://login.microsoftonline.com/botframework.com", MsalBotTokenSource.AuthorityFor(new BotOptions()));
    }

    private static BotTokenProvider NewProvider(IBotTokenSource source, TimeProvider clock) =>
        new(Options.Create(new BotOptions { AppId = OutboundTestHost.AppId }), source, clock, NullLogger<BotTokenProvider>.Instance);

    private sealed class CountingTokenSource(TimeProvider clock, TimeSpan lifetime) : IBotTokenSource
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public bool LastForced { get; private set; }

        public async Task<BotAccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            await Task.Yield();
            var n = Interlocked.Increment(ref _calls);
            LastForced = forceRefresh;
            return new BotAccessToken($"token-{n}", clock.GetUtcNow() + lifetime);
        }
    }
}
