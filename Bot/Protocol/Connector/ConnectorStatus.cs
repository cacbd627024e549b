namespace CoachBot.Bot.Protocol.Connector;

/// <summary>How one Connector call ended (protocol.md §3.2, §6).</summary>
public enum ConnectorStatus
{
    /// <summary>2xx.</summary>
    Success,

    /// <summary>429: wait for <c>Retry-After</c> (or back off) and try again.</summary>
    Throttled,

    /// <summary>412, 502, 503, 504 or a network error: worth another try after a back-off.</summary>
    Transient,

    /// <summary>The attempt took longer than the per-attempt timeout: worth another try.</summary>
    Timeout,

    /// <summary>401 even after a fresh token.</summary>
    Unauthorized,

    /// <summary>403: the user blocked the bot, or the app is not installed / was removed there.</summary>
    Forbidden,

    /// <summary>404: the conversation or activity does not exist (any more).</summary>
    NotFound,

    /// <summary>Any other 4xx (400 BadSyntax, 413 MessageSizeTooBig, …): not retried.</summary>
    ClientError,

    /// <summary>Any other 5xx (e.g. 500): not retried.</summary>
    ServerError,

    /// <summary>The serviceUrl is not on the trusted list, so the bot token was not sent; nothing was called.</summary>
    UntrustedServiceUrl,

    /// <summary>The request could not be built (malformed serviceUrl, empty id) or no bot token could be had.</summary>
    InvalidRequest,
}
