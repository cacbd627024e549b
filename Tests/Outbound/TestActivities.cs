using CoachBot.Bot.Protocol.Activities;

namespace CoachBot.Tests.Outbound;

/// <summary>Inbound Teams activities for the outbound tests (shapes as in shared/fixtures/activities).</summary>
public static class TestActivities
{
    public const string BotId = "28:" + OutboundTestHost.AppId;

    /// <summary>A message in the user's personal chat.</summary>
    public static Activity PersonalMessage(
        string aadObjectId,
        string teamsUserId,
        string conversationId,
        string serviceUrl = OutboundTestHost.TeamsServiceUrl,
        string? timeZone = null,
        string? locale = "en-US") => new()
    {
        Type = ActivityTypes.Message,
        Id = "1700000000001",
        Text = "hi",
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        LocalTimezone = timeZone,
        Locale = locale,
        From = new ChannelAccount { Id = teamsUserId, Name = "Avery Coach", AadObjectId = aadObjectId },
        Recipient = new ChannelAccount { Id = BotId, Name = "CoachBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = ConversationTypes.Personal, TenantId = OutboundTestHost.TenantId },
        ChannelData = new TeamsChannelData { Tenant = new TeamsEntityRef { Id = OutboundTestHost.TenantId } },
    };

    /// <summary>A message in a team channel (the user has no personal chat with CoachBot yet).</summary>
    public static Activity ChannelMessage(string aadObjectId, string teamsUserId, string serviceUrl = OutboundTestHost.TeamsServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1700000000002",
        Text = "<at>CoachBot</at> help",
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = teamsUserId, Name = "Blake Teacher", AadObjectId = aadObjectId },
        Recipient = new ChannelAccount { Id = BotId, Name = "CoachBot" },
        Conversation = new ConversationAccount
        {
            Id = "19:general@thread.tacv2",
            IsGroup = true,
            ConversationType = ConversationTypes.Channel,
            TenantId = OutboundTestHost.TenantId,
        },
        ChannelData = new TeamsChannelData
        {
            Tenant = new TeamsEntityRef { Id = OutboundTestHost.TenantId },
            Team = new TeamsEntityRef { Id = "19:team@thread.tacv2", AadGroupId = "0f0e0d0c-0b0a-4909-8807-060504030201" },
            Channel = new TeamsEntityRef { Id = "19:general@thread.tacv2" },
        },
    };
}
