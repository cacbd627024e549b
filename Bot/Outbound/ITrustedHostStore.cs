namespace CoachBot.Bot.Outbound;

/// <summary>The Connector hosts (<c>scheme://host:port</c>) seen on authenticated activities, kept across restarts.</summary>
public interface ITrustedHostStore
{
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds a host; adding one already there changes nothing.</summary>
    Task AddAsync(string authority, CancellationToken cancellationToken);
}
