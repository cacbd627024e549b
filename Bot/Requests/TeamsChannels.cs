using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Protocol.Connector;
using CoachBot.Dialogs.Features.Requests;
using Microsoft.Extensions.Logging;

namespace CoachBot.Bot.Requests;

/// <summary>
/// <see cref="ITeamsChannels"/> from the conversation directory (which records <c>channelData.channel.id</c> and
/// <c>channelData.team.id</c> of every inbound activity) and the Connector's paged members call (protocol.md §3.2).
/// A channel is registered as a conversation of its own (its bare id, with the thread's service URL, tenant and bot), so
/// a proactive send to it starts a new post in the channel, as Teams does for a send to the bare channel id (§3.4).
/// </summary>
public sealed partial class TeamsChannels(
    IConversationDirectoryStore directory,
    IConnectorClient connector,
    TimeProvider time,
    ILogger<TeamsChannels> logger) : ITeamsChannels
{
    private const int PageSize = 200;

    /// <summary>Pages read at most (teams of a school have tens or hundreds of members, not thousands).</summary>
    private const int MaxPages = 25;

    public async Task<TeamsChannel?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var conversation = await directory.FindConversationAsync(conversationId, cancellationToken);
        return conversation is { ConversationType: ConversationTypes.Channel, ChannelRefId: { Length: > 0 } channelId }
            ? new TeamsChannel(channelId, conversation.TeamId)
            : null;
    }

    public async Task<bool> RegisterAsync(TeamsChannel channel, string seenIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(seenIn);
        if (await directory.FindConversationAsync(seenIn, cancellationToken) is not { } thread)
        {
            return false;
        }

        if (thread.ConversationId != channel.ChannelId)
        {
            await directory.RecordInboundAsync(
                thread with { ConversationId = channel.ChannelId, ChannelRefId = channel.ChannelId, Active = true, UpdatedAt = time.GetUtcNow() },
                [],
                cancellationToken);
        }

        return true;
    }

    public async Task<IReadOnlyList<TeamMember>?> ListMembersAsync(TeamsChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (await directory.FindConversationAsync(channel.ChannelId, cancellationToken) is not { } conversation)
        {
            return null;
        }

        var members = new List<TeamMember>();
        string? continuation = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var response = await connector.GetPagedMembersAsync(conversation.ServiceUrl, channel.TeamId ?? channel.ChannelId, PageSize, continuation, cancellationToken);
            if (response.ReadPagedMembers() is not { } result)
            {
                Log.MembersNotListed(logger, response.Describe());
                return null;
            }

            members.AddRange(result.Members.Select(member => new TeamMember(member.AadObjectId, member.Name)));
            continuation = result.ContinuationToken;
            if (string.IsNullOrEmpty(continuation))
            {
                return members;
            }
        }

        return members;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5290, Level = LogLevel.Warning, Message = "A team's members could not be listed: {Reason}")]
        public static partial void MembersNotListed(ILogger logger, string reason);
    }
}
