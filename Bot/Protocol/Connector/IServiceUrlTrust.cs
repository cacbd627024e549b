namespace CoachBot.Bot.Protocol.Connector;

/// <summary>Decides whether the bot token may be sent to a serviceUrl (protocol.md §5, "Service-URL trust").</summary>
public interface IServiceUrlTrust
{
    Task<bool> IsTrustedAsync(Uri serviceUrl, CancellationToken cancellationToken);
}
