using Microsoft.IdentityModel.Protocols;

namespace CoachBot.Bot.Protocol.Auth;

/// <summary>
/// Production <see cref="IDocumentRetriever"/>: IdentityModel's <see cref="HttpDocumentRetriever"/> (https only)
/// over a named <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>, created per fetch so handler
/// rotation (DNS changes) applies.
/// </summary>
internal sealed class HttpClientDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    /// <summary>The named client used for OpenID metadata and JWKS fetches.</summary>
    public const string HttpClientName = "CoachBot.Auth.OpenIdMetadata";

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = true };
        return retriever.GetDocumentAsync(address, cancel);
    }
}
