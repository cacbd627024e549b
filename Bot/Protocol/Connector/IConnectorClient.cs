using CoachBot.Bot.Protocol.Activities;

namespace CoachBot.Bot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API (protocol.md §3.2), one attempt per call: HTTP and network failures come
/// back as a <see cref="ConnectorResponse"/>, never as exceptions. Retries, pacing and the outbox live a
/// layer up (<c>CoachBot.Bot.Outbound.ActivitySender</c>).
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{id}/activities</c>; set <c>replyToId</c> in the body to answer an activity.</summary>
    Task<ConnectorResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST v3/conversations/{id}/activities/{replyToId}</c> (the reply endpoint; lands in a channel thread).</summary>
    Task<ConnectorResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>PUT v3/conversations/{id}/activities/{activityId}</c> with the full replacement activity.</summary>
    Task<ConnectorResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>DELETE v3/conversations/{id}/activities/{activityId}</c>.</summary>
    Task<ConnectorResponse> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary><c>POST v3/conversations</c>: creates (or finds — it is idempotent) a 1:1 conversation.</summary>
    Task<ConnectorResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary><c>GET v3/conversations/{id}/members/{memberId}</c>.</summary>
    Task<ConnectorResponse> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken);

    /// <summary>
    /// <c>GET v3/conversations/{id}/pagedmembers?pageSize=…&amp;continuationToken=…</c>: one page of a team's (or chat's) members;
    /// the un-paged call is deprecated in Teams (protocol.md §3.2).
    /// </summary>
    Task<ConnectorResponse> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken);
}
