using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Tests.Infrastructure.Auth;

/// <summary>An RSA signing key made in the test, with its key id and the channels it is endorsed for.</summary>
public sealed class TestSigningKey
{
    private readonly RSAParameters _material;

    internal TestSigningKey(string keyId, IReadOnlyList<string> endorsements, RSAParameters material)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        _material = material;

        // Built from parameters, not from an RSA instance: IdentityModel caches crypto providers per key
        // material process-wide and owns the RSA object it makes, so nothing here can be disposed under it.
        SecurityKey = new RsaSecurityKey(material) { KeyId = keyId };
    }

    /// <summary>The <c>kid</c> published in the JWKS and written in the token header.</summary>
    public string KeyId { get; }

    /// <summary>The channels this key is endorsed for (the JWKS <c>endorsements</c> array).</summary>
    public IReadOnlyList<string> Endorsements { get; }

    /// <summary>The private key, for signing.</summary>
    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The key's JWKS entry (public part only), with its endorsements.</summary>
    internal Dictionary<string, object> ToJwk() => new()
    {
        ["kty"] = "RSA",
        ["use"] = "sig",
        ["kid"] = KeyId,
        ["n"] = Base64UrlEncoder.Encode(_material.Modulus),
        ["e"] = Base64UrlEncoder.Encode(_material.Exponent),
        ["endorsements"] = Endorsements,
    };
}
