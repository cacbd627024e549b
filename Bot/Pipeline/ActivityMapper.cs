using System.Globalization;
using System.Text.Json;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Bot.Pipeline;

/// <summary>
/// The one place where the wire activity and the dialogs' <see cref="TurnInput"/> meet (style.md §1).
/// </summary>
public static class ActivityMapper
{
    private static readonly CultureInfo DefaultCulture = CultureInfo.GetCultureInfo("en-US");

    public static ConversationScope ScopeOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation?.ConversationType switch
        {
            ConversationTypes.Channel => ConversationScope.Channel,
            ConversationTypes.GroupChat => ConversationScope.GroupChat,
            ConversationTypes.Personal => ConversationScope.Personal,
            // Older payloads (and meetings) carry only isGroup.
            _ when activity.Conversation?.IsGroup == true => ConversationScope.GroupChat,
            _ => ConversationScope.Personal,
        };
    }

    public static TurnUser UserOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var from = activity.From;
        return new TurnUser(from?.Id ?? "unknown", NullIfEmpty(from?.AadObjectId), NullIfEmpty(from?.Name));
    }

    public static TurnInput Map(Activity activity, TurnKind kind, string? text, CardActionInput? action, TimeZoneInfo timeZone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new TurnInput(
            kind,
            activity.ChannelId ?? "unknown",
            activity.Conversation!.Id!,
            ScopeOf(activity),
            TenantOf(activity),
            UserOf(activity),
            text,
            action,
            MentionsOf(activity),
            CultureOf(activity),
            timeZone,
            now);
    }

    public static string? TenantOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return NullIfEmpty(activity.Conversation?.TenantId) ?? NullIfEmpty(activity.ChannelData?.Tenant?.Id);
    }

    /// <summary>People mentioned in the message, the bot excluded (admins manage the roster this way).</summary>
    public static IReadOnlyList<MentionedUser> MentionsOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Entities is not { Count: > 0 } entities)
        {
            return [];
        }

        var botId = activity.Recipient?.Id;
        return
        [
            .. entities
                .Where(e => string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase)
                    && e.Mentioned?.Id is { Length: > 0 } id
                    && !string.Equals(id, botId, StringComparison.OrdinalIgnoreCase))
                .Select(e => new MentionedUser(e.Mentioned!.Id!, NullIfEmpty(e.Mentioned.AadObjectId), NullIfEmpty(e.Mentioned.Name)))
                .DistinctBy(m => m.Id),
        ];
    }

    /// <summary>The user's culture from the activity's locale, else the clientInfo entity's, else en-US.</summary>
    public static CultureInfo CultureOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var name in new[] { activity.Locale, ClientInfo(activity, "locale") })
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            try
            {
                return CultureInfo.GetCultureInfo(name);
            }
            catch (CultureNotFoundException)
            {
                // An unknown locale falls through to the next source.
            }
        }

        return DefaultCulture;
    }

    /// <summary>A member of Teams' clientInfo entity (<c>timezone</c>, <c>locale</c>), if present.</summary>
    public static string? ClientInfo(Activity activity, string member)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Entities?
            .Where(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase))
            .Select(e => e.GetExtensionString(member))
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
    }

    /// <summary>
    /// Reads the verb of a card press: <c>value.action.verb</c> for Action.Execute invokes, <c>value.verb</c>
    /// for Action.Submit data (older cards); null when there is none.
    /// </summary>
    public static (string? Verb, JsonElement Data) ReadCardAction(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return (null, default);
        }

        if (value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object)
        {
            var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
            var verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            if (string.IsNullOrWhiteSpace(verb) && data.ValueKind == JsonValueKind.Object)
            {
                verb = StringMember(data, "verb");
            }

            return (NullIfEmpty(verb), data);
        }

        return (NullIfEmpty(StringMember(value, "verb")), value);
    }

    /// <summary>A card press as the dialogs see it; the verb is empty when the card carried none.</summary>
    public static CardActionInput CardActionOf(Activity activity, bool isInvoke)
    {
        var (verb, data) = ReadCardAction(activity);
        return new CardActionInput(verb ?? "", data, activity.ReplyToId, isInvoke);
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String ? member.GetString() : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
