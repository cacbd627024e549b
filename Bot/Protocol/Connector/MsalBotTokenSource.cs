using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CoachBot.Bot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace CoachBot.Bot.Protocol.Connector;

/// <summary>
/// Client-credentials tokens from Microsoft Entra through MSAL (protocol.md §3.1): one
/// <see cref="IConfidentialClientApplication"/> per process, built on first use, with a client secret
/// (<c>Bot:AppPassword</c>) or a PFX certificate (<c>Bot:CertificatePath</c>). Authority is
/// <c>{Bot:AuthorityHost}/{Bot:TenantId}</c> for a single-tenant bot, else <c>…/botframework.com</c>.
/// MSAL keeps its own in-memory token cache; <see cref="BotTokenProvider"/> caches in front of it.
/// </summary>
public sealed partial class MsalBotTokenSource(
    IOptions<BotOptions> options,
    IHttpClientFactory httpClientFactory,
    ILogger<MsalBotTokenSource> logger) : IBotTokenSource
{
    /// <summary>The token tenant of (legacy) multi-tenant bots.</summary>
    public const string MultiTenantAuthority = "botframework.com";

    private readonly Lock _buildLock = new();
    private IConfidentialClientApplication? _application;

    public async Task<BotAccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var application = GetApplication();
        try
        {
            var result = await application
                .AcquireTokenForClient([Scope(options.Value.OAuthScope)])
                .WithForceRefresh(forceRefresh)
                .ExecuteAsync(cancellationToken);
            return new BotAccessToken(result.AccessToken, result.ExpiresOn);
        }
        catch (MsalServiceException ex)
        {
            var transient = ex.StatusCode is 429 or >= 500 || ex.ErrorCode == "temporarily_unavailable";
            Log.TokenRefused(logger, ex.ErrorCode, ex.StatusCode);
            throw new BotTokenException(
                $"The token service did not issue a bot token ({ex.ErrorCode}, HTTP {ex.StatusCode}). Check Bot:AppId, Bot:TenantId and the client secret or certificate.",
                transient,
                ex);
        }
        catch (MsalClientException ex)
        {
            Log.TokenRefused(logger, ex.ErrorCode, 0);
            throw new BotTokenException($"MSAL could not request a bot token ({ex.ErrorCode}).", isTransient: false, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new BotTokenException("The token service could not be reached.", isTransient: true, ex);
        }
    }

    /// <summary>The authority URL for the configured tenant (single-tenant) or botframework.com (multi-tenant).</summary>
    public static string AuthorityFor(BotOptions bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var tenant = string.IsNullOrWhiteSpace(bot.TenantId) ? MultiTenantAuthority : bot.TenantId.Trim();
        return $"{bot.AuthorityHost.TrimEnd('/')}/{tenant}";
    }

    /// <summary>Client-credential scopes must end in <c>/.default</c>; add it when the setting lacks it.</summary>
    public static string Scope(string configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var scope = configured.Trim();
        return scope.EndsWith("/.default", StringComparison.Ordinal) ? scope : scope.TrimEnd('/') + "/.default";
    }

    private IConfidentialClientApplication GetApplication()
    {
        lock (_buildLock)
        {
            return _application ??= Build(options.Value);
        }
    }

    private ConfidentialClientApplicationBuilder Credentials(ConfidentialClientApplicationBuilder builder, BotOptions bot)
    {
        if (!string.IsNullOrWhiteSpace(bot.CertificatePath))
        {
            try
            {
                var certificate = X509CertificateLoader.LoadPkcs12FromFile(
                    bot.CertificatePath,
                    string.IsNullOrEmpty(bot.CertificatePassword) ? null : bot.CertificatePassword);
                Log.UsingCertificate(logger, certificate.Thumbprint);
                return builder.WithCertificate(certificate, sendX5C: true);
            }
            catch (Exception ex) when (ex is IOException or CryptographicException or UnauthorizedAccessException)
            {
                throw new BotTokenException(
                    $"The certificate in Bot:CertificatePath ('{bot.CertificatePath}') could not be loaded: {ex.Message}", isTransient: false, ex);
            }
        }

        if (string.IsNullOrWhiteSpace(bot.AppPassword))
        {
            throw new BotTokenException(
                "Bot:AppId is set but neither Bot:AppPassword nor Bot:CertificatePath is, so CoachBot cannot get a token to send messages. " +
                "Set the environment variable Bot__AppPassword (or Bot__CertificatePath).",
                isTransient: false);
        }

        return builder.WithClientSecret(bot.AppPassword);
    }

    private IConfidentialClientApplication Build(BotOptions bot)
    {
        var builder = ConfidentialClientApplicationBuilder
            .Create(bot.AppId.Trim())
            .WithAuthority(AuthorityFor(bot))
            // The authority is exactly what Bot:AuthorityHost and Bot:TenantId say (sovereign clouds included),
            // so MSAL's instance-discovery round trip is skipped: one token request, nothing else.
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory));
        return Credentials(builder, bot).Build();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3010, Level = LogLevel.Error, Message = "The token service refused a bot token: {ErrorCode} (HTTP {Status})")]
        public static partial void TokenRefused(ILogger logger, string errorCode, int status);

        [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Bot tokens use the certificate with thumbprint {Thumbprint}")]
        public static partial void UsingCertificate(ILogger logger, string thumbprint);
    }
}
