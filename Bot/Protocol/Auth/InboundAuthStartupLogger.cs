using CoachBot.Bot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Protocol.Auth;

/// <summary>
/// Says at start-up how inbound requests are authenticated, and warns loudly when they are not.
/// </summary>
internal sealed partial class InboundAuthStartupLogger(
    IOptions<BotOptions> options,
    IHostEnvironment environment,
    ILogger<InboundAuthStartupLogger> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsAnonymous)
        {
            Log.AuthenticationOn(logger, settings.AppId, settings.TokenIssuer, settings.OpenIdMetadataUrl);
        }
        else if (AnonymousAccessRule.IsPermitted(settings, environment))
        {
            Log.AuthenticationOff(logger, environment.EnvironmentName, settings.AllowUnauthenticated);
        }
        else
        {
            Log.AnonymousRefused(logger, environment.EnvironmentName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 2120, Level = LogLevel.Information,
            Message = "Inbound authentication is ON: /api/messages requires Bot Framework tokens for app id {AppId} (issuer {Issuer}, metadata {MetadataUrl})")]
        public static partial void AuthenticationOn(ILogger logger, string appId, string issuer, string metadataUrl);

        [LoggerMessage(EventId = 2121, Level = LogLevel.Warning,
            Message = "!!! AUTHENTICATION IS OFF !!! Bot:AppId is empty, so /api/messages ACCEPTS REQUESTS WITHOUT ANY TOKEN from anyone who can reach it, " +
                      "and replies carry no token. Environment {Environment}, Bot:AllowUnauthenticated={AllowUnauthenticated}. " +
                      "Use this only for local testing; set Bot:AppId (Bot__AppId) before exposing this host.")]
        public static partial void AuthenticationOff(ILogger logger, string environment, bool allowUnauthenticated);

        [LoggerMessage(EventId = 2122, Level = LogLevel.Error,
            Message = "Bot:AppId is empty in environment {Environment} and Bot:AllowUnauthenticated is not true: every request to /api/messages will be refused. " +
                      "Set Bot:AppId (Bot__AppId), or Bot:AllowUnauthenticated=true (Bot__AllowUnauthenticated) for a deliberately open test host.")]
        public static partial void AnonymousRefused(ILogger logger, string environment);
    }
}
