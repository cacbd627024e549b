using CoachBot.Bot.Hosting;
using CoachBot.Bot.Protocol.Auth;
using CoachBot.Tests.Infrastructure.Auth;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.Protocol.Auth;

/// <summary>
/// The anonymous-mode rule at request time: with no <c>Bot:AppId</c>, a request without a token is accepted
/// only in Development or with <c>Bot:AllowUnauthenticated=true</c>; a request with a token is refused.
/// </summary>
public sealed class AnonymousModeTests
{
    [Theory]
    [InlineData("Development", false)]
    [InlineData("Development", true)]
    [InlineData("Production", true)]
    [InlineData("Staging", true)]
    public async Task RequestWithoutHeader_IsAcceptedAsAnonymous_WhenTheRulePermits(string environment, bool allowUnauthenticated)
    {
        using var host = AuthTestHost.Anonymous(environment, allowUnauthenticated);

        var result = await host.SendAsync(authorizationHeader: null);

        Assert.True(result.Succeeded, result.ToString());
        Assert.True(result.IsAnonymous);
        Assert.False(result.Identity.IsAuthenticated);
        Assert.Null(result.AppId);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task WhenTheRuleDoesNotPermit_NoRequestIsServed_BecauseTheOptionsAreInvalid(string environment)
    {
        using var host = AuthTestHost.Anonymous(environment, allowUnauthenticated: false);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.SendAsync(authorizationHeader: null));

        Assert.Contains("Bot:AppId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheRuleDoesNotPermit_AnAuthenticatorBuiltWithoutValidation_StillRejects()
    {
        var issuer = new TestTokenIssuer();
        var options = Options.Create(new BotOptions { AppId = "", AllowUnauthenticated = false });
        var environment = new HostingEnvironment { EnvironmentName = "Production" };
        using var cache = new OpenIdMetadataCache(TestTokenIssuer.MetadataUrl, issuer.Documents, TimeProvider.System, NullLogger<OpenIdMetadataCache>.Instance);
        var authenticator = new InboundAuthenticator(options, environment, cache, TimeProvider.System, NullLogger<InboundAuthenticator>.Instance);

        var result = await authenticator.AuthenticateAsync(null, "msteams", TestTokenIssuer.DefaultServiceUrl, TestContext.Current.CancellationToken);

        Assert.Equal(InboundAuthFailureReason.AnonymousNotPermitted, result.FailureReason);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task RequestWithHeader_IsRejectedInAnonymousMode_EvenWithAWellFormedToken(string environment)
    {
        using var host = AuthTestHost.Anonymous(environment, allowUnauthenticated: true);

        var result = await host.SendAsync(host.Issuer.CreateAuthorizationHeader());

        Assert.Equal(InboundAuthFailureReason.TokenWithoutAppId, result.FailureReason);
        Assert.False(result.IsAnonymous);
        Assert.Equal(0, host.Issuer.MetadataFetchCount);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task WithAnAppId_TheFlagIsIgnored_AndRequestsWithoutHeaderAreRejected(string environment)
    {
        using var host = AuthTestHost.Authenticated(environment, options => options.AllowUnauthenticated = true);

        var result = await host.SendAsync(authorizationHeader: null);

        Assert.Equal(InboundAuthFailureReason.MissingAuthorizationHeader, result.FailureReason);
    }
}
