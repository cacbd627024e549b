namespace CoachBot.Bot.Protocol.Auth;

/// <summary>Why an inbound request was refused. For logs and tests only; never shown to the caller.</summary>
public enum InboundAuthFailureReason
{
    /// <summary>Not a failure.</summary>
    None = 0,

    /// <summary>Authentication is on and the request has no <c>Authorization</c> header.</summary>
    MissingAuthorizationHeader,

    /// <summary>The header is not exactly <c>Bearer &lt;token&gt;</c>.</summary>
    NotBearerScheme,

    /// <summary>The token is not a readable JWT.</summary>
    MalformedToken,

    /// <summary>The token carries no signature (<c>alg: none</c>).</summary>
    UnsignedToken,

    /// <summary>The signature does not verify with the published key, or uses an algorithm other than RS256/384/512.</summary>
    BadSignature,

    /// <summary>The token's key id is not in the published keys, even after one refresh.</summary>
    UnknownSigningKey,

    /// <summary>The token has expired (beyond the allowed clock skew).</summary>
    Expired,

    /// <summary>The token is not valid yet (beyond the allowed clock skew).</summary>
    NotYetValid,

    /// <summary>The token's lifetime claims are missing or inconsistent.</summary>
    InvalidLifetime,

    /// <summary>The token's issuer is not <c>Bot:TokenIssuer</c>.</summary>
    WrongIssuer,

    /// <summary>The token's audience is not <c>Bot:AppId</c>.</summary>
    WrongAudience,

    /// <summary>The token failed validation for another reason.</summary>
    InvalidToken,

    /// <summary>The activity has no channel id, so no endorsement can be checked.</summary>
    MissingChannelId,

    /// <summary>The signing key does not list the activity's channel id among its endorsements.</summary>
    MissingEndorsement,

    /// <summary>The token has no <c>serviceurl</c> claim.</summary>
    MissingServiceUrlClaim,

    /// <summary>The token's <c>serviceurl</c> claim differs from the activity's <c>serviceUrl</c>.</summary>
    ServiceUrlMismatch,

    /// <summary>The OpenID metadata or signing keys could not be fetched.</summary>
    MetadataUnavailable,

    /// <summary>No app id is configured (anonymous mode) but the request carries a token, which cannot match.</summary>
    TokenWithoutAppId,

    /// <summary>No app id is configured and the anonymous-mode rule does not allow anonymous requests here.</summary>
    AnonymousNotPermitted,
}
