using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Bot.Protocol.Activities;

namespace CoachBot.Tests.Infrastructure.Host;

/// <summary>Builds inbound activities shaped like Teams' (written by us, modelled on the real payloads).</summary>
public static class ActivityBuilder
{
    public const string BotId = "28:11111111-2222-4333-8444-555555555555";
    public const string BotName = "CoachBot";
    public const string TenantId = "72f988bf-0000-4000-8000-00000000000a";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private static string NextId() => Guid.NewGuid().ToString("N");

    public static Activity Message(ChatUser user, ChatPlace place, string text, string? timeZone = "Europe/Oslo", string locale = "en-US")
    {
        var activity = Base(ActivityTypes.Message, user, place);
        activity.Locale = locale;
        activity.LocalTimezone = timeZone;
        activity.TextFormat = "plain";
        if (place.IsShared)
        {
            // Teams only delivers group and channel messages that @mention the bot.
            activity.Text = $"<at>{BotName}</at> {text}";
            activity.Entities =
            [
                new Entity { Type = "mention", Text = $"<at>{BotName}</at>", Mentioned = new ChannelAccount { Id = BotId, Name = BotName } },
            ];
        }
        else
        {
            activity.Text = text;
        }

        return activity;
    }

    /// <summary>An Action.Execute press: an <c>adaptiveCard/action</c> invoke.</summary>
    public static Activity Execute(ChatUser user, ChatPlace place, string verb, JsonObject data, string? cardMessageId)
    {
        var activity = Base(ActivityTypes.Invoke, user, place);
        activity.Name = InvokeNames.AdaptiveCardAction;
        activity.ReplyToId = cardMessageId;
        var value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        activity.Value = JsonSerializer.SerializeToElement(value);
        return activity;
    }

    /// <summary>An Action.Submit press: a message with a value and no text.</summary>
    public static Activity Submit(ChatUser user, ChatPlace place, JsonObject data, string? cardMessageId)
    {
        var activity = Base(ActivityTypes.Message, user, place);
        activity.ReplyToId = cardMessageId;
        activity.Value = JsonSerializer.SerializeToElement(data);
        return activity;
    }

    public static Activity BotAdded(ChatUser user, ChatPlace place)
    {
        var activity = Base(ActivityTypes.ConversationUpdate, user, place);
        activity.MembersAdded = [new ChannelAccount { Id = BotId }, new ChannelAccount { Id = user.Id, AadObjectId = user.AadObjectId }];
        return activity;
    }

    public static Activity BotRemoved(ChatUser user, ChatPlace place)
    {
        var activity = Base(ActivityTypes.ConversationUpdate, user, place);
        activity.MembersRemoved = [new ChannelAccount { Id = BotId }];
        return activity;
    }

    public static Activity Installation(ChatUser user, ChatPlace place, string action)
    {
        var activity = Base(ActivityTypes.InstallationUpdate, user, place);
        activity.Action = action;
        return activity;
    }

    public static Activity OfType(string type, ChatUser user, ChatPlace place, string? name = null)
    {
        var activity = Base(type, user, place);
        activity.Name = name;
        return activity;
    }

    private static Activity Base(string type, ChatUser user, ChatPlace place) => new()
    {
        Type = type,
        Id = NextId(),
        Timestamp = "2026-11-30T14:00:00.000Z",
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId },
        Recipient = new ChannelAccount { Id = BotId, Name = BotName },
        Conversation = new ConversationAccount
        {
            Id = place.ConversationId,
            ConversationType = place.ConversationType,
            TenantId = TenantId,
            IsGroup = place.IsShared ? true : null,
        },
        ChannelData = new TeamsChannelData { Tenant = new TeamsEntityRef { Id = TenantId } },
    };
}
