using CoachBot.Bot.Pipeline;
using CoachBot.Bot.Protocol.Connector;
using CoachBot.Dialogs.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Bot.Outbound;

public static class OutboundServiceCollectionExtensions
{
    /// <summary>
    /// Registers everything outbound: the Connector client and its HTTP clients, bot tokens (MSAL), the rate
    /// budget, retries, who-is-where (<see cref="IConversationDirectory"/>, also as
    /// <see cref="IInboundActivityRecorder"/>), trusted serviceUrls, <see cref="IActivitySender"/>,
    /// <see cref="IReplySender"/>, the outbox and its worker, and <see cref="IProactiveMessenger"/> (also as
    /// <see cref="IPersonalChats"/>). Binds and validates
    /// <see cref="OutboundOptions"/> (section <c>Outbound</c>). Expects the <c>outbound</c> storage area's stores
    /// (<see cref="IConversationDirectoryStore"/>, <see cref="IOutboxStore"/>, <see cref="ITrustedHostStore"/>),
    /// <c>IOptions&lt;BotOptions&gt;</c> and an <c>IMessageActivityFactory</c> from the host.
    /// </summary>
    public static IServiceCollection AddOutbound(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<OutboundOptions>()
            .BindConfiguration(OutboundOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // HttpClientFactory's request logs (and their scopes) run on every connector call and would write the
        // conversation id in the URL; CoachBot logs connector failures itself, without ids.
        services.AddHttpClient(ConnectorHttpClients.Connector, client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.AddHttpClient(ConnectorHttpClients.TokenService);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRandomSource, SystemRandomSource>();
        services.TryAddSingleton<IOutboundWaiter, TimeProviderWaiter>();

        services.TryAddSingleton<IBotTokenSource, MsalBotTokenSource>();
        services.TryAddSingleton<IBotTokenProvider, BotTokenProvider>();
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<IServiceUrlTrust>(sp => sp.GetRequiredService<TrustedServiceUrls>());
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();

        services.TryAddSingleton<OutboundRateLimiter>();
        services.TryAddSingleton<RetryBackoff>();
        services.TryAddSingleton<ConnectorCallPolicy>();

        services.TryAddSingleton<ConversationDirectory>();
        services.TryAddSingleton<IConversationDirectory>(sp => sp.GetRequiredService<ConversationDirectory>());
        services.TryAddSingleton<IInboundActivityRecorder>(sp => sp.GetRequiredService<ConversationDirectory>());
        services.TryAddSingleton<IPeopleDirectory>(sp => sp.GetRequiredService<ConversationDirectory>());

        services.TryAddSingleton<Outbox>();
        services.TryAddSingleton<ActivitySender>();
        services.TryAddSingleton<IActivitySender>(sp => sp.GetRequiredService<ActivitySender>());
        services.TryAddSingleton<IReplySender, ReplySender>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxWorker>();

        services.TryAddSingleton<ProactiveMessenger>();
        services.TryAddSingleton<IProactiveMessenger>(sp => sp.GetRequiredService<ProactiveMessenger>());
        services.TryAddSingleton<IPersonalChats>(sp => sp.GetRequiredService<ProactiveMessenger>());
        return services;
    }
}
