using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoachBot.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Tests.Infrastructure.Auth;

/// <summary>
/// A stand-in for the Bot Framework token service: an RSA key made in the test, an OpenID metadata document
/// and JWKS (with <c>endorsements</c>) served from memory, and <see cref="CreateToken"/> to sign channel tokens.
/// Plug it into a host with <see cref="ConfigureServices"/>; every request then needs
/// <see cref="CreateAuthorizationHeader"/> (or a deliberately broken token) to pass.
/// </summary>
public sealed class TestTokenIssuer
{
    /// <summary>The app id tokens are issued for unless the constructor is given another.</summary>
    public const string DefaultAppId = "6f1c3a52-8d4e-4b7a-9c0d-2e5f7a8b9c10";

    /// <summary>The metadata address the bot is pointed at (never fetched over the network).</summary>
    public const string MetadataUrl = "https://login.botframework.test/v1/.well-known/openidconfiguration";

    /// <summary>The JWKS address named by the metadata document.</summary>
    public const string JwksUrl = "https://login.botframework.test/v1/.well-known/keys";

    /// <summary>The issuer of channel tokens (the real Bot Framework value, also BotOptions' default).</summary>
    public const string Issuer = "https://api.botframework.com";

    /// <summary>The <c>serviceurl</c> claim of tokens unless a request says otherwise.</summary>
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/teams/";

    /// <summary>The endorsements of the default key.</summary>
    public static readonly IReadOnlyList<string> DefaultEndorsements = ["msteams", "emulator"];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly TimeProvider _time;
    private int _keyCount;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <param name="time">The clock for token lifetimes (pass the host's FakeTimeProvider); default the system clock.</param>
    /// <param name="appId">The bot app id tokens are issued for.</param>
    /// <param name="endorsements">The channels the default key is endorsed for.</param>
    public TestTokenIssuer(TimeProvider? time = null, string appId = DefaultAppId, IReadOnlyList<string>? endorsements = null)
    {
        _time = time ?? TimeProvider.System;
        AppId = appId;
        CurrentKey = CreateKey("test-key-1", endorsements ?? DefaultEndorsements);
        Documents.Set(MetadataUrl, CreateMetadataDocument());
        PublishKeys(CurrentKey);
    }

    /// <summary>The bot's app id (the default audience).</summary>
    public string AppId { get; }

    /// <summary>The published key tokens are signed with by default.</summary>
    public TestSigningKey CurrentKey { get; }

    /// <summary>The in-memory metadata and JWKS documents; replace the bot's <see cref="IDocumentRetriever"/> with this.</summary>
    public InMemoryDocumentRetriever Documents { get; } = new();

    /// <summary>How many times the bot fetched the metadata document.</summary>
    public int MetadataFetchCount => Documents.FetchCount(MetadataUrl);

    /// <summary>The current JWKS document.</summary>
    public string JwksDocument { get; private set; } = "";

    /// <summary>Makes another RSA key; it is not published until <see cref="PublishKeys"/> names it.</summary>
    public TestSigningKey CreateKey(string? keyId = null, IReadOnlyList<string>? endorsements = null)
    {
        var index = Interlocked.Increment(ref _keyCount) - 1;
        return new TestSigningKey(keyId ?? $"test-key-{index + 1}", endorsements ?? DefaultEndorsements, TestKeyMaterial.ForIndex(index));
    }

    /// <summary>Replaces the published JWKS with exactly these keys (e.g. a key rollover).</summary>
    public void PublishKeys(params TestSigningKey[] keys)
    {
        var jwks = new Dictionary<string, object> { ["keys"] = keys.Select(key => key.ToJwk()).ToArray() };
        JwksDocument = JsonSerializer.Serialize(jwks, Json);
        Documents.Set(JwksUrl, JwksDocument);
    }

    /// <summary>
    /// Points a host at this issuer: serves the metadata from memory instead of the network and sets
    /// <c>Bot:AppId</c>, <c>Bot:OpenIdMetadataUrl</c> and <c>Bot:TokenIssuer</c> (after configuration binding).
    /// Works before or after <c>AddInboundAuthentication</c>; with WebApplicationFactory call it from
    /// <c>builder.ConfigureTestServices(issuer.ConfigureServices)</c>.
    /// </summary>
    public void ConfigureServices(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.RemoveAll<IDocumentRetriever>();
        services.AddSingleton<IDocumentRetriever>(Documents);
        services.PostConfigure<BotOptions>(options =>
        {
            options.AppId = AppId;
            options.OpenIdMetadataUrl = MetadataUrl;
            options.TokenIssuer = Issuer;
        });
    }

    /// <summary><c>Bearer &lt;token&gt;</c> for the <c>Authorization</c> header.</summary>
    public string CreateAuthorizationHeader(TestTokenRequest? request = null) => "Bearer " + CreateToken(request);

    /// <summary>Signs a channel token; by default one the bot must accept for <see cref="DefaultServiceUrl"/>.</summary>
    public string CreateToken(TestTokenRequest? request = null)
    {
        request ??= new TestTokenRequest();
        var notBefore = request.NotBefore ?? _time.GetUtcNow();
        var expires = request.Expires ?? notBefore.AddHours(1);
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [JwtRegisteredClaimNames.Iss] = request.Issuer ?? Issuer,
            [JwtRegisteredClaimNames.Aud] = request.Audience ?? AppId,
            [JwtRegisteredClaimNames.Nbf] = notBefore.ToUnixTimeSeconds(),
            [JwtRegisteredClaimNames.Exp] = expires.ToUnixTimeSeconds(),
            [JwtRegisteredClaimNames.Iat] = notBefore.ToUnixTimeSeconds(),
        };
        if (request.OmitExpires)
        {
            claims.Remove(JwtRegisteredClaimNames.Exp);
        }

        if (!request.OmitServiceUrl)
        {
            claims["serviceurl"] = request.ServiceUrl ?? DefaultServiceUrl;
        }

        foreach (var (name, value) in request.Claims ?? new Dictionary<string, object>())
        {
            claims[name] = value;
        }

        var key = request.SigningKey ?? CurrentKey;
        var algorithm = request.Algorithm ?? SecurityAlgorithms.RsaSha256;
        if (string.Equals(algorithm, "none", StringComparison.OrdinalIgnoreCase))
        {
            return CreateUnsignedToken(key.KeyId, claims);
        }

        SecurityKey signingKey = algorithm.StartsWith("HS", StringComparison.Ordinal)
            ? new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(64)) { KeyId = key.KeyId }
            : key.SecurityKey;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(signingKey, algorithm),
        });
    }

    private static string CreateUnsignedToken(string keyId, Dictionary<string, object> claims)
    {
        var header = JsonSerializer.Serialize(new Dictionary<string, string> { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = keyId }, Json);
        var payload = JsonSerializer.Serialize(claims, Json);
        return $"{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header))}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload))}.";
    }

    private static string CreateMetadataDocument() => JsonSerializer.Serialize(
        new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = "https://invalid.botframework.test",
            ["jwks_uri"] = JwksUrl,
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        },
        Json);
}
