using System.Security.Cryptography;

namespace CoachBot.Tests.Infrastructure.Auth;

/// <summary>
/// RSA key material for test signing keys. Making a 2048-bit key costs up to a second on a busy machine, so
/// the first few are made once per test run (lazily, immutable afterwards) and reused: the n-th key of every
/// <see cref="TestTokenIssuer"/> has the same material, while keys within one issuer always differ.
/// </summary>
internal static class TestKeyMaterial
{
    private static readonly Lazy<RSAParameters>[] Pool =
        [.. Enumerable.Range(0, 4).Select(_ => new Lazy<RSAParameters>(Generate, LazyThreadSafetyMode.ExecutionAndPublication))];

    /// <summary>The material of an issuer's <paramref name="index"/>-th key (0-based).</summary>
    public static RSAParameters ForIndex(int index) => index < Pool.Length ? Pool[index].Value : Generate();

    private static RSAParameters Generate()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportParameters(includePrivateParameters: true);
    }
}
