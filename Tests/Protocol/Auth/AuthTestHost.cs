using CoachBot.Bot.Hosting;
using CoachBot.Bot.Protocol.Auth;
using CoachBot.Tests.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Protocol.Auth;

/// <summary>
/// The services <c>AddInboundAuthentication</c> registers, on a fake clock and a host environment of the
/// test's choosing, optionally pointed at a <see cref="TestTokenIssuer"/> (authenticated mode).
/// </summary>
public sealed class AuthTestHost : IDisposable
{
    private readonly ServiceProvider _provider;

    private AuthTestHost(string environmentName, bool authenticated, Action<BotOptions>? configure)
    {
        Issuer = new TestTokenIssuer(Time);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environmentName, ApplicationName = "CoachBot.Tests" });
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddOptions<BotOptions>().Configure(options => configure?.Invoke(options));
        services.AddInboundAuthentication();
        if (authenticated)
        {
            Issuer.ConfigureServices(services);
        }
        else
        {
            // Anonymous hosts still must never reach the network: serve the issuer's documents, count fetches.
            services.AddSingleton<Microsoft.IdentityModel.Protocols.IDocumentRetriever>(Issuer.Documents);
        }

        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero));

    public TestTokenIssuer Issuer { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>The registered authenticator (resolving it validates <c>BotOptions</c>).</summary>
    public IInboundAuthenticator Authenticator => _provider.GetRequiredService<IInboundAuthenticator>();

    public IServiceProvider Services => _provider;

    /// <summary>A bot with an app id (the issuer's), validating channel tokens.</summary>
    public static AuthTestHost Authenticated(string environmentName = "Production", Action<BotOptions>? configure = null) =>
        new(environmentName, authenticated: true, configure);

    /// <summary>A bot with no app id (anonymous mode) in <paramref name="environmentName"/>.</summary>
    public static AuthTestHost Anonymous(string environmentName, bool allowUnauthenticated = false) =>
        new(environmentName, authenticated: false, options =>
        {
            options.AppId = "";
            options.AllowUnauthenticated = allowUnauthenticated;
        });

    /// <summary>Authenticates a request for an <c>msteams</c> activity from the default service URL.</summary>
    public Task<InboundAuthResult> SendAsync(
        string? authorizationHeader,
        string? channelId = "msteams",
        string? serviceUrl = TestTokenIssuer.DefaultServiceUrl) =>
        Authenticator.AuthenticateAsync(authorizationHeader, channelId, serviceUrl, TestContext.Current.CancellationToken);

    /// <summary>Authenticates a request carrying a token minted from <paramref name="request"/>.</summary>
    public Task<InboundAuthResult> SendTokenAsync(TestTokenRequest? request = null, string? channelId = "msteams", string? serviceUrl = TestTokenIssuer.DefaultServiceUrl) =>
        SendAsync(Issuer.CreateAuthorizationHeader(request), channelId, serviceUrl);

    public void Dispose()
    {
        _provider.Dispose();
    }
}
