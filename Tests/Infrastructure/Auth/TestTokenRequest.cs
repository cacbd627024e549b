namespace CoachBot.Tests.Infrastructure.Auth;

/// <summary>
/// What <see cref="TestTokenIssuer.CreateToken"/> should mint. Every property left null takes the value of a
/// token Bot Framework would send for <see cref="TestTokenIssuer.AppId"/> and <see cref="TestTokenIssuer.DefaultServiceUrl"/>.
/// </summary>
public sealed record TestTokenRequest
{
    /// <summary>The <c>iss</c> claim; default <see cref="TestTokenIssuer.Issuer"/>.</summary>
    public string? Issuer { get; init; }

    /// <summary>The <c>aud</c> claim; default the issuer's app id.</summary>
    public string? Audience { get; init; }

    /// <summary>The <c>serviceurl</c> claim; default <see cref="TestTokenIssuer.DefaultServiceUrl"/>.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>Leave the <c>serviceurl</c> claim out.</summary>
    public bool OmitServiceUrl { get; init; }

    /// <summary>The <c>nbf</c> claim; default now (from the issuer's clock).</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>The <c>exp</c> claim; default one hour after <see cref="NotBefore"/>.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>Leave the <c>exp</c> claim out.</summary>
    public bool OmitExpires { get; init; }

    /// <summary>The key to sign with; default the issuer's current published key.</summary>
    public TestSigningKey? SigningKey { get; init; }

    /// <summary>
    /// The JWS algorithm: <c>RS256</c> (default), <c>RS384</c>, <c>RS512</c>, <c>HS256</c> (signed with a shared
    /// secret under the RSA key's kid) or <c>none</c> (no signature).
    /// </summary>
    public string? Algorithm { get; init; }

    /// <summary>Extra claims to add (or override).</summary>
    public IReadOnlyDictionary<string, object>? Claims { get; init; }
}
