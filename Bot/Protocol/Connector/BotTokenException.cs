namespace CoachBot.Bot.Protocol.Connector;

/// <summary>No bot token could be had: missing credentials, a rejected secret, or the token service is down.</summary>
public sealed class BotTokenException : Exception
{
    public BotTokenException()
    {
    }

    public BotTokenException(string message)
        : base(message)
    {
    }

    public BotTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BotTokenException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    /// <summary>True when trying again later may succeed (token service throttled or unavailable).</summary>
    public bool IsTransient { get; }
}
