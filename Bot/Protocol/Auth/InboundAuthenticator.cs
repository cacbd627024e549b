using CoachBot.Bot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Bot.Protocol.Auth;

/// <summary>
/// Validates Bot Framework channel tokens (protocol.md §2.1) and applies the anonymous-mode rule (§2.4):
/// header exactly <c>Bearer &lt;token&gt;</c>; signed with RS256/384/512 by a key from the OpenID metadata
/// (one forced refresh on an unknown key id); issuer <c>Bot:TokenIssuer</c>; audience <c>Bot:AppId</c>;
/// lifetime with <c>Bot:ClockSkew</c> on the injected clock; the signing key endorsed for the activity's
/// channel; and the <c>serviceurl</c> claim equal (ignoring case) to the activity's service URL.
/// </summary>
internal sealed partial class InboundAuthenticator(
    IOptions<BotOptions> options,
    IHostEnvironment environment,
    OpenIdMetadataCache metadata,
    TimeProvider time,
    ILogger<InboundAuthenticator> logger) : IInboundAuthenticator
{
    /// <summary>The claim Bot Framework puts the activity's service URL in.</summary>
    internal const string ServiceUrlClaim = "serviceurl";

    /// <summary>The authentication type of identities built from channel tokens.</summary>
    internal const string AuthenticationType = "BotFramework";

    private const string BearerPrefix = "Bearer ";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<InboundAuthResult> AuthenticateAsync(
        string? authorizationHeader,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken)
    {
        var result = await DecideAsync(authorizationHeader, channelId, serviceUrl, cancellationToken);
        if (!result.Succeeded)
        {
            Log.Rejected(logger, result.FailureReason);
        }

        return result;
    }

    private async Task<InboundAuthResult> DecideAsync(string? header, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsAnonymous)
        {
            // BB-dotnet: with no app id, a request without a header is anonymous; one with a header is still
            // checked and can never pass, because no audience can match an empty app id. It is refused here
            // without fetching keys (same outcome, no network).
            if (!string.IsNullOrEmpty(header))
            {
                return InboundAuthResult.Failed(InboundAuthFailureReason.TokenWithoutAppId);
            }

            return AnonymousAccessRule.IsPermitted(settings, environment)
                ? InboundAuthResult.Anonymous()
                : InboundAuthResult.Failed(InboundAuthFailureReason.AnonymousNotPermitted);
        }

        if (string.IsNullOrEmpty(header))
        {
            return InboundAuthResult.Failed(InboundAuthFailureReason.MissingAuthorizationHeader);
        }

        if (TryReadBearerToken(header) is not { } token)
        {
            return InboundAuthResult.Failed(InboundAuthFailureReason.NotBearerScheme);
        }

        if (await metadata.GetAsync(cancellationToken) is not { } keys)
        {
            return InboundAuthResult.Failed(InboundAuthFailureReason.MetadataUnavailable);
        }

        var validation = await ValidateAsync(token, keys, settings);
        if (validation.Exception is SecurityTokenSignatureKeyNotFoundException
            && await metadata.RefreshForUnknownKeyAsync(keys, cancellationToken) is { } refreshed
            && !ReferenceEquals(refreshed, keys))
        {
            keys = refreshed;
            validation = await ValidateAsync(token, keys, settings);
        }

        if (!validation.IsValid)
        {
            return InboundAuthResult.Failed(Classify(validation));
        }

        return CheckActivityBinding(validation, keys, channelId, serviceUrl, settings.AppId.Trim());
    }

    /// <summary>The token of a header that is exactly <c>Bearer &lt;token&gt;</c> (scheme and one non-empty part), else null.</summary>
    internal static string? TryReadBearerToken(string header)
    {
        if (!header.StartsWith(BearerPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var token = header[BearerPrefix.Length..];
        return token.Length == 0 || token.Any(char.IsWhiteSpace) ? null : token;
    }

    private async Task<TokenValidationResult> ValidateAsync(string token, OpenIdMetadata keys, BotOptions settings)
    {
        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = settings.TokenIssuer,
            ValidateAudience = true,
            ValidAudience = settings.AppId.Trim(),
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = settings.ClockSkew > BotAuthOptionsValidator.MaximumClockSkew ? BotAuthOptionsValidator.MaximumClockSkew : settings.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, parameters) => CheckLifetime(notBefore, expires, parameters.ClockSkew, time.GetUtcNow()),
            RequireSignedTokens = true,
            IssuerSigningKeys = keys.SigningKeys,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = AllowedAlgorithms,
            AuthenticationType = AuthenticationType,
            IncludeTokenOnFailedValidation = true,
        };

        try
        {
            return await _handler.ValidateTokenAsync(token, parameters);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException or FormatException)
        {
            return new TokenValidationResult { IsValid = false, Exception = ex };
        }
    }

    /// <summary>
    /// Lifetime check on the injected clock (IdentityModel 8.x keeps its own TimeProvider internal):
    /// <c>exp</c> is required, <c>nbf</c> (when present) must not be after <c>exp</c>, and both hold within the skew.
    /// </summary>
    internal static bool CheckLifetime(DateTime? notBefore, DateTime? expires, TimeSpan clockSkew, DateTimeOffset now)
    {
        if (expires is not { } expiresAt)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiration time.");
        }

        if (notBefore is { } notBeforeAt && notBeforeAt > expiresAt)
        {
            throw new SecurityTokenInvalidLifetimeException("The token's nbf is after its exp.") { NotBefore = notBeforeAt, Expires = expiresAt };
        }

        var utcNow = now.UtcDateTime;
        if (notBefore is { } validFrom && validFrom > utcNow + clockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = validFrom };
        }

        if (expiresAt < utcNow - clockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expiresAt };
        }

        return true;
    }

    private static InboundAuthResult CheckActivityBinding(
        TokenValidationResult validation,
        OpenIdMetadata keys,
        string? channelId,
        string? serviceUrl,
        string appId)
    {
        if (string.IsNullOrEmpty(channelId))
        {
            return InboundAuthResult.Failed(InboundAuthFailureReason.MissingChannelId);
        }

        var signingKeyId = validation.SecurityToken?.SigningKey?.KeyId;
        if (!keys.IsEndorsed(signingKeyId, channelId))
        {
            return InboundAuthResult.Failed(InboundAuthFailureReason.MissingEndorsement);
        }

        var identity = validation.ClaimsIdentity;
        var claimedServiceUrl = identity.FindFirst(ServiceUrlClaim)?.Value;
        if (string.IsNullOrEmpty(claimedServiceUrl))
        {
            return InboundAuthResult.Failed(InboundAuthFailureReason.MissingServiceUrlClaim);
        }

        if (!string.Equals(claimedServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return InboundAuthResult.Failed(InboundAuthFailureReason.ServiceUrlMismatch);
        }

        return InboundAuthResult.Authenticated(identity, appId);
    }

    private static InboundAuthFailureReason Classify(TokenValidationResult validation) => validation.Exception switch
    {
        SecurityTokenExpiredException => InboundAuthFailureReason.Expired,
        SecurityTokenNotYetValidException => InboundAuthFailureReason.NotYetValid,
        SecurityTokenNoExpirationException or SecurityTokenInvalidLifetimeException => InboundAuthFailureReason.InvalidLifetime,
        SecurityTokenInvalidIssuerException => InboundAuthFailureReason.WrongIssuer,
        SecurityTokenInvalidAudienceException => InboundAuthFailureReason.WrongAudience,
        SecurityTokenSignatureKeyNotFoundException => InboundAuthFailureReason.UnknownSigningKey,
        SecurityTokenInvalidSignatureException when validation.TokenOnFailedValidation is JsonWebToken { IsSigned: false }
            => InboundAuthFailureReason.UnsignedToken,
        SecurityTokenInvalidSignatureException or SecurityTokenInvalidAlgorithmException => InboundAuthFailureReason.BadSignature,
        SecurityTokenMalformedException or ArgumentException or FormatException => InboundAuthFailureReason.MalformedToken,
        _ => InboundAuthFailureReason.InvalidToken,
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Inbound request refused: {Reason}")]
        public static partial void Rejected(ILogger logger, InboundAuthFailureReason reason);
    }
}
