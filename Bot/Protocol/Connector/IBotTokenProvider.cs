namespace CoachBot.Bot.Protocol.Connector;

/// <summary>The bearer token for Connector calls, cached until shortly before it expires.</summary>
public interface IBotTokenProvider
{
    /// <summary>
    /// The token to send, or null when the bot runs anonymously (no <c>Bot:AppId</c>): then no token is
    /// requested and calls carry no Authorization header. Throws <see cref="BotTokenException"/>.
    /// </summary>
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
