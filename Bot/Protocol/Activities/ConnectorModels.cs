using System.Text.Json.Serialization;

namespace CoachBot.Bot.Protocol.Activities;

/// <summary>The Connector's answer to a send: the new activity's id.</summary>
public sealed class ResourceResponse
{
    [JsonPropertyName("id")] public string? Id { get; set; }
}

/// <summary>Body of <c>POST /v3/conversations</c> (create a 1:1 conversation).</summary>
public sealed class ConversationParameters
{
    [JsonPropertyName("isGroup")] public bool IsGroup { get; set; }
    [JsonPropertyName("bot")] public ChannelAccount? Bot { get; set; }
    [JsonPropertyName("members")] public List<ChannelAccount> Members { get; set; } = [];
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
    [JsonPropertyName("channelData")] public TeamsChannelData? ChannelData { get; set; }
    [JsonPropertyName("activity")] public Activity? Activity { get; set; }
}

/// <summary>The Connector's answer to a create-conversation call.</summary>
public sealed class ConversationResourceResponse
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("activityId")] public string? ActivityId { get; set; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }
}

/// <summary>One page of <c>GET /v3/conversations/{id}/pagedmembers</c> (a team's or chat's members).</summary>
public sealed class PagedMembersResult
{
    [JsonPropertyName("continuationToken")] public string? ContinuationToken { get; set; }
    [JsonPropertyName("members")] public List<ChannelAccount> Members { get; set; } = [];
}

/// <summary>The HTTP body answered to an <c>adaptiveCard/action</c> invoke.</summary>
public sealed class AdaptiveCardInvokeResponse
{
    [JsonPropertyName("statusCode")] public int StatusCode { get; set; } = 200;
    [JsonPropertyName("type")] public string Type { get; set; } = ContentTypes.ActivityMessage;
    [JsonPropertyName("value")] public System.Text.Json.JsonElement? Value { get; set; }
}
