namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// A Teams channel as the coaching channel needs it: the channel's own id (<c>channelData.channel.id</c>), not the
/// conversation id of the thread a message came in (<c>19:…@thread.tacv2;messageid=…</c>), and its team.
/// </summary>
public sealed record TeamsChannel(string ChannelId, string? TeamId);

/// <summary>A member of a team as Teams lists them.</summary>
public sealed record TeamMember(string? AadObjectId, string? Name);

/// <summary>What the requests feature asks the host about Teams channels (the host knows the wire activity and the connector).</summary>
public interface ITeamsChannels
{
    /// <summary>The channel (and team) the conversation of a turn is in, as Teams reported them; null outside a team's channel.</summary>
    Task<TeamsChannel?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the channel one CoachBot can post new messages to (it is known from the thread <paramref name="seenIn"/>);
    /// false when that thread is unknown.
    /// </summary>
    Task<bool> RegisterAsync(TeamsChannel channel, string seenIn, CancellationToken cancellationToken);

    /// <summary>The team's members, page by page as Teams lists them; null when Teams would not list them.</summary>
    Task<IReadOnlyList<TeamMember>?> ListMembersAsync(TeamsChannel channel, CancellationToken cancellationToken);
}
