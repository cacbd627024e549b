using System.Globalization;
using System.Text;
using System.Text.Json;
using CoachBot.Bot.Protocol.Activities;

namespace CoachBot.Bench.Turns;

/// <summary>
/// Teams-shaped inbound message bodies (as Tests' ActivityBuilder writes them), one virtual user per
/// conversation. Each conversation's body is serialized once with the real protocol model; a request only
/// splices in a fresh activity id, so the harness spends next to nothing per turn.
/// </summary>
internal sealed class InboundActivities
{
    public const string BotId = "28:11111111-2222-4333-8444-555555555555";
    public const string BotName = "CoachBot";
    private const string IdToken = "BENCHACTIVITYID";

    private readonly byte[][] _prefixes;
    private readonly byte[][] _suffixes;

    public InboundActivities(Uri serviceUrl, string text, bool groupChat, int conversations, int tenants)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        _prefixes = new byte[conversations][];
        _suffixes = new byte[conversations][];
        for (var i = 0; i < conversations; i++)
        {
            var json = JsonSerializer.Serialize(Build(serviceUrl, text, groupChat, i, TenantIdOf(i % tenants)), ProtocolJsonContext.Default.Activity);
            var at = json.IndexOf(IdToken, StringComparison.Ordinal);
            _prefixes[i] = Encoding.UTF8.GetBytes(json[..at]);
            _suffixes[i] = Encoding.UTF8.GetBytes(json[(at + IdToken.Length)..]);
        }
    }

    public int Count => _prefixes.Length;

    /// <summary>The UTF-8 body of a message from conversation <paramref name="conversation"/> with the given activity id.</summary>
    public byte[] Body(int conversation, string activityId)
    {
        var prefix = _prefixes[conversation];
        var suffix = _suffixes[conversation];
        var idLength = Encoding.UTF8.GetByteCount(activityId);
        var body = new byte[prefix.Length + idLength + suffix.Length];
        prefix.CopyTo(body, 0);
        Encoding.UTF8.GetBytes(activityId, body.AsSpan(prefix.Length));
        suffix.CopyTo(body, prefix.Length + idLength);
        return body;
    }

    /// <summary>The Teams id of the virtual user of conversation <paramref name="index"/>.</summary>
    public static string UserIdOf(int index) => "29:bench-user-" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The Entra object id of the virtual user of conversation <paramref name="index"/>.</summary>
    public static string AadObjectIdOf(int index) => "00000000-0000-4000-8000-" + index.ToString("D12", CultureInfo.InvariantCulture);

    /// <summary>A made-up tenant (school) id: tenant <paramref name="tenant"/> of the run.</summary>
    public static string TenantIdOf(int tenant) => "72f988bf-0000-4000-8000-" + tenant.ToString("D12", CultureInfo.InvariantCulture);

    private static Activity Build(Uri serviceUrl, string text, bool groupChat, int index, string tenantId)
    {
        var n = index.ToString(CultureInfo.InvariantCulture);
        var user = new ChannelAccount
        {
            Id = UserIdOf(index),
            Name = "Bench User " + n,
            AadObjectId = AadObjectIdOf(index),
        };
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = IdToken,
            Timestamp = "2026-11-30T14:00:00.000Z",
            ServiceUrl = serviceUrl.ToString(),
            ChannelId = "msteams",
            From = user,
            Recipient = new ChannelAccount { Id = BotId, Name = BotName },
            Conversation = new ConversationAccount
            {
                Id = groupChat ? "19:bench-group-" + n + "@thread.v2" : "a:bench-personal-" + n,
                ConversationType = groupChat ? "groupChat" : "personal",
                TenantId = tenantId,
                IsGroup = groupChat ? true : null,
            },
            ChannelData = new TeamsChannelData { Tenant = new TeamsEntityRef { Id = tenantId } },
            Locale = "en-US",
            LocalTimezone = "Europe/Oslo",
            TextFormat = "plain",
            Text = groupChat ? $"<at>{BotName}</at> {text}" : text,
        };
        if (groupChat)
        {
            // Teams only delivers group messages that @mention the bot.
            activity.Entities =
            [
                new Entity { Type = "mention", Text = $"<at>{BotName}</at>", Mentioned = new ChannelAccount { Id = BotId, Name = BotName } },
            ];
        }

        return activity;
    }
}
