using System.Text.Json;
using CoachBot.Bot.Protocol.Activities;

namespace CoachBot.Bot.Protocol.Connector;

/// <summary>
/// The result of one Connector call: never an exception for an HTTP or network failure. Carries the
/// status, the raw body (for successful calls), <c>Retry-After</c>, the Connector's error code and the
/// <c>MS-CV</c> correlation id.
/// </summary>
public sealed record ConnectorResponse(
    ConnectorStatus Status,
    int? HttpStatus,
    string? Body = null,
    TimeSpan? RetryAfter = null,
    string? ErrorCode = null,
    string? Detail = null,
    string? CorrelationId = null)
{
    /// <summary>Throttling, transient server errors and timeouts are retried; everything else is final.</summary>
    public bool IsRetryable => Status is ConnectorStatus.Throttled or ConnectorStatus.Transient or ConnectorStatus.Timeout;

    public bool IsSuccess => Status == ConnectorStatus.Success;

    /// <summary>A short, log-safe description: status, HTTP code and the Connector's error code.</summary>
    public string Describe()
    {
        var text = HttpStatus is { } code ? $"{Status} (HTTP {code})" : Status.ToString();
        if (!string.IsNullOrEmpty(ErrorCode))
        {
            text += $" {ErrorCode}";
        }

        return string.IsNullOrEmpty(Detail) ? text : $"{text}: {Detail}";
    }

    /// <summary>The <c>id</c> of a <see cref="ResourceResponse"/> body, or null.</summary>
    public string? ReadResourceId() => Read(ProtocolJsonContext.Default.ResourceResponse)?.Id;

    /// <summary>The body as a <see cref="ConversationResourceResponse"/>, or null.</summary>
    public ConversationResourceResponse? ReadConversation() => Read(ProtocolJsonContext.Default.ConversationResourceResponse);

    /// <summary>The body as a <see cref="ChannelAccount"/> (Teams fields such as email kept in extension data), or null.</summary>
    public ChannelAccount? ReadMember() => Read(ProtocolJsonContext.Default.ChannelAccount);

    /// <summary>The body as a <see cref="PagedMembersResult"/>, or null.</summary>
    public PagedMembersResult? ReadPagedMembers() => Read(ProtocolJsonContext.Default.PagedMembersResult);

    private T? Read<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (!IsSuccess || string.IsNullOrWhiteSpace(Body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(Body, typeInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
