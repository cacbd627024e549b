using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Tests.Infrastructure.Auth;

/// <summary>An RSA signing key made in the test, with its key id and the channels it is endorsed for.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa;

    internal TestSigningKey(string keyId, IReadOnlyList<string> endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        _rsa = RSA.Create(2048);
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    /// <summary>The <c>kid</c> published in the JWKS and written in the token header.</summary>
    public string KeyId { get; }

    /// <summary>The channels this key is endorsed for (the JWKS <c>endorsements</c> array).</summary>
    public IReadOnlyList<string> Endorsements { get; }

    /// <summary>The private key, for signing.</summary>
    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The key's JWKS entry (public part only), with its endorsements.</summary>
    internal Dictionary<string, object> ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = Endorsements,
        };
    }

    public void Dispose() => _rsa.Dispose();
}
