namespace CoachBot.Bot.Protocol.Connector;

/// <summary>Names of the <see cref="IHttpClientFactory"/> clients the outbound layer uses (tests replace their handlers).</summary>
public static class ConnectorHttpClients
{
    /// <summary>Calls to the Bot Connector (serviceUrl).</summary>
    public const string Connector = "CoachBot.Connector";

    /// <summary>MSAL's calls to the token endpoint.</summary>
    public const string TokenService = "CoachBot.BotToken";
}
