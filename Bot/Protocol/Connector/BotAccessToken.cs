namespace CoachBot.Bot.Protocol.Connector;

/// <summary>A bot access token for the Connector and when it expires. Never logged.</summary>
public sealed record BotAccessToken(string Value, DateTimeOffset ExpiresOn)
{
    /// <summary>Keeps the token out of logs and debugger displays.</summary>
    public override string ToString() => $"BotAccessToken(expires {ExpiresOn:O})";
}
