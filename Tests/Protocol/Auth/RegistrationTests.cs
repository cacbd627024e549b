using System.Text.Json;
using CoachBot.Bot.Hosting;
using CoachBot.Bot.Protocol.Auth;
using CoachBot.Tests.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols;

namespace CoachBot.Tests.Protocol.Auth;

/// <summary>How <c>AddInboundAuthentication</c> and the test token issuer plug into a service collection.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public async Task ProductionDocumentRetriever_RefusesPlainHttpMetadata()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Production" });
        services.AddLogging();
        services.AddInboundAuthentication();
        using var provider = services.BuildServiceProvider();
        var retriever = provider.GetRequiredService<IDocumentRetriever>();

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => retriever.GetDocumentAsync("http://login.botframework.test/v1/.well-known/openidconfiguration", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TestTokenIssuer_CanBeRegisteredBeforeAddInboundAuthentication()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero));
        var issuer = new TestTokenIssuer(time);
        var services = new ServiceCollection();
        issuer.ConfigureServices(services);
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Production" });
        services.AddLogging();
        services.AddOptions<BotOptions>();
        services.AddInboundAuthentication();
        using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<IInboundAuthenticator>().AuthenticateAsync(
            issuer.CreateAuthorizationHeader(), "msteams", TestTokenIssuer.DefaultServiceUrl, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(1, issuer.MetadataFetchCount);
    }

    [Fact]
    public void TestTokenIssuer_PublishesOnlyPublicKeys_WithEndorsements()
    {
        var issuer = new TestTokenIssuer();

        using var jwks = JsonDocument.Parse(issuer.JwksDocument);
        var key = Assert.Single(jwks.RootElement.GetProperty("keys").EnumerateArray());
        Assert.Equal(issuer.CurrentKey.KeyId, key.GetProperty("kid").GetString());
        Assert.Equal(["msteams", "emulator"], key.GetProperty("endorsements").EnumerateArray().Select(e => e.GetString()));
        Assert.False(key.TryGetProperty("d", out _), "the JWKS must not carry the private exponent");
    }
}
