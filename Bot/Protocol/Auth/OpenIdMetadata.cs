using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Bot.Protocol.Auth;

/// <summary>
/// One consistent snapshot of the Bot Framework OpenID metadata: the signing keys from its <c>jwks_uri</c>
/// and, per key id, the channels that key is endorsed for (the non-standard <c>endorsements</c> array).
/// Keys and endorsements come from the same JWKS document, so they can never disagree.
/// </summary>
internal sealed class OpenIdMetadata
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _endorsements;

    private OpenIdMetadata(IReadOnlyList<SecurityKey> signingKeys, FrozenDictionary<string, FrozenSet<string>> endorsements)
    {
        SigningKeys = signingKeys;
        _endorsements = endorsements;
    }

    /// <summary>The published signing keys.</summary>
    public IReadOnlyList<SecurityKey> SigningKeys { get; }

    /// <summary>True when the key <paramref name="keyId"/> lists <paramref name="channelId"/> among its endorsements.</summary>
    public bool IsEndorsed(string? keyId, string channelId) =>
        keyId is not null && _endorsements.TryGetValue(keyId, out var channels) && channels.Contains(channelId);

    /// <summary>Fetches the metadata document, then its JWKS, and reads keys and endorsements.</summary>
    /// <exception cref="InvalidDataException">A document is not what the protocol describes.</exception>
    public static async Task<OpenIdMetadata> LoadAsync(IDocumentRetriever retriever, string metadataUrl, CancellationToken cancellationToken)
    {
        var metadataJson = await retriever.GetDocumentAsync(metadataUrl, cancellationToken);
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = OpenIdConnectConfiguration.Create(metadataJson);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException("The OpenID metadata document is not valid JSON metadata.", ex);
        }

        if (string.IsNullOrWhiteSpace(configuration.JwksUri))
        {
            throw new InvalidDataException("The OpenID metadata document has no jwks_uri.");
        }

        var jwksJson = await retriever.GetDocumentAsync(configuration.JwksUri, cancellationToken);
        JsonWebKeySet keySet;
        try
        {
            keySet = JsonWebKeySet.Create(jwksJson);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException("The JWKS document is not a valid key set.", ex);
        }

        var keys = keySet.GetSigningKeys();
        if (keys.Count == 0)
        {
            throw new InvalidDataException("The JWKS document has no usable signing keys.");
        }

        return new OpenIdMetadata([.. keys], ReadEndorsements(jwksJson));
    }

    /// <summary>Reads <c>keys[].kid</c> → <c>keys[].endorsements[]</c> from a JWKS document.</summary>
    internal static FrozenDictionary<string, FrozenSet<string>> ReadEndorsements(string jwksJson)
    {
        var byKeyId = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(jwksJson);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("keys", out var keys)
                && keys.ValueKind == JsonValueKind.Array)
            {
                foreach (var key in keys.EnumerateArray())
                {
                    AddKeyEndorsements(key, byKeyId);
                }
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("The JWKS document is not valid JSON.", ex);
        }

        return byKeyId.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static void AddKeyEndorsements(JsonElement key, Dictionary<string, HashSet<string>> byKeyId)
    {
        if (key.ValueKind != JsonValueKind.Object
            || !key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
            || !key.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var keyId = kid.GetString()!;
        if (!byKeyId.TryGetValue(keyId, out var channels))
        {
            channels = new HashSet<string>(StringComparer.Ordinal);
            byKeyId[keyId] = channels;
        }

        foreach (var endorsement in endorsements.EnumerateArray())
        {
            if (endorsement.ValueKind == JsonValueKind.String && endorsement.GetString() is { Length: > 0 } channel)
            {
                channels.Add(channel);
            }
        }
    }
}
