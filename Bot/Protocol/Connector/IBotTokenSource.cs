namespace CoachBot.Bot.Protocol.Connector;

/// <summary>Where bot tokens come from (MSAL client credentials in production).</summary>
public interface IBotTokenSource
{
    /// <summary>Gets a token; <paramref name="forceRefresh"/> bypasses any cache. Throws <see cref="BotTokenException"/>.</summary>
    Task<BotAccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken);
}
