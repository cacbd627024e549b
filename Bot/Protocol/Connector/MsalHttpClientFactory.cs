using Microsoft.Identity.Client;

namespace CoachBot.Bot.Protocol.Connector;

/// <summary>Hands MSAL the <see cref="ConnectorHttpClients.TokenService"/> client from <see cref="IHttpClientFactory"/>.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(ConnectorHttpClients.TokenService);
}
