namespace CoachBot.Bot.Protocol.Auth;

/// <summary>
/// Decides whether an inbound <c>POST /api/messages</c> may run a turn (protocol.md §2). The endpoint
/// buffers and reads the activity first (the channel id and service URL live in the body), then calls
/// this, and answers 401 with <c>WWW-Authenticate: Bearer</c> for every failure without running a turn.
/// </summary>
public interface IInboundAuthenticator
{
    /// <summary>
    /// Checks the request's <c>Authorization</c> header against the activity it carries. Never throws for
    /// bad input: every problem is a failed <see cref="InboundAuthResult"/> (only cancellation propagates).
    /// </summary>
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header value, or null when absent.</param>
    /// <param name="channelId">The activity's <c>channelId</c> (e.g. <c>msteams</c>).</param>
    /// <param name="serviceUrl">The activity's <c>serviceUrl</c>.</param>
    /// <param name="cancellationToken">The request's cancellation token.</param>
    Task<InboundAuthResult> AuthenticateAsync(
        string? authorizationHeader,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken);
}
