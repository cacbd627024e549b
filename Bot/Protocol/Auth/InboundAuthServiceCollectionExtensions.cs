using CoachBot.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;

namespace CoachBot.Bot.Protocol.Auth;

/// <summary>Registers inbound authentication of <c>POST /api/messages</c>.</summary>
public static class InboundAuthServiceCollectionExtensions
{
    /// <summary>Timeout of one OpenID metadata or JWKS fetch.</summary>
    internal static readonly TimeSpan MetadataFetchTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Adds <see cref="IInboundAuthenticator"/>, the start-up validation of <see cref="BotOptions"/> for
    /// authentication (the anonymous-mode rule, app id shape) and the start-up log that warns when
    /// authentication is off. The caller binds <see cref="BotOptions"/> (with <c>ValidateOnStart()</c>) and
    /// the host supplies <c>IHostEnvironment</c>. Tests may replace the registered
    /// <see cref="IDocumentRetriever"/> to serve metadata from memory.
    /// </summary>
    public static IServiceCollection AddInboundAuthentication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<BotOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotAuthOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(HttpClientDocumentRetriever.HttpClientName, client => client.Timeout = MetadataFetchTimeout);
        services.TryAddSingleton<IDocumentRetriever, HttpClientDocumentRetriever>();

        services.TryAddSingleton(provider => new OpenIdMetadataCache(
            provider.GetRequiredService<IOptions<BotOptions>>().Value.OpenIdMetadataUrl,
            provider.GetRequiredService<IDocumentRetriever>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<OpenIdMetadataCache>>()));
        services.TryAddSingleton<IInboundAuthenticator, InboundAuthenticator>();
        services.AddHostedService<InboundAuthStartupLogger>();
        return services;
    }
}
