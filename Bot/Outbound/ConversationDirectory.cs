using System.Collections.Concurrent;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Protocol.Connector;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Messaging;
using Microsoft.Extensions.Logging;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// <see cref="IConversationDirectory"/> over <see cref="IConversationDirectoryStore"/>. Every inbound activity refreshes its conversation (the serviceUrl can change) and, when it carries an
/// Entra object id, its sender; members added alongside are remembered so CoachBot can open a 1:1 chat with
/// them later. An authenticated activity's serviceUrl host becomes trusted for the bot token.
/// </summary>
public sealed partial class ConversationDirectory(
    IConversationDirectoryStore store,
    TrustedServiceUrls trust,
    TimeProvider timeProvider,
    ILogger<ConversationDirectory> logger) : IConversationDirectory, IPeopleDirectory
{
    // Every activity of a conversation carries the same conversation and sender, and rewriting the same two rows
    // on every turn was a commit per turn. What this process last wrote per conversation is remembered, and an
    // unchanged record is written again only after RewriteUnchangedAfter (which refreshes updated_at). Changes
    // made here (inactive, unreachable, a new 1:1 chat) forget everything; another process's changes are
    // overwritten at the latest after that interval.
    private static readonly TimeSpan RewriteUnchangedAfter = TimeSpan.FromMinutes(10);
    private const int MaxRemembered = 50_000;
    private readonly ConcurrentDictionary<string, (string Fingerprint, DateTimeOffset WrittenAt)> _lastWritten = new(StringComparer.Ordinal);

    // Bumped by every change that clears _lastWritten: an inbound write that raced such a change must not put
    // its (now stale) entry back.
    private long _generation;

    public async Task RecordInboundAsync(Activity activity, bool authenticated, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrWhiteSpace(conversationId) || !ConnectorUrl.TryParseServiceUrl(activity.ServiceUrl, out _))
        {
            Log.NotRecorded(logger, activity.Type);
            return;
        }

        var conversation = new ConversationRecord(
            conversationId,
            activity.ChannelId ?? "msteams",
            activity.ServiceUrl!.Trim(),
            authenticated,
            ConversationTypeOf(activity),
            activity.Conversation!.TenantId ?? activity.ChannelData?.Tenant?.Id,
            activity.ChannelData?.Team?.Id,
            activity.ChannelData?.Team?.AadGroupId,
            activity.ChannelData?.Channel?.Id,
            activity.Recipient?.Id,
            Active: true,
            timeProvider.GetUtcNow());

        var botId = activity.Recipient?.Id;
        var from = activity.From;
        var personal = conversation.ConversationType == ConversationTypes.Personal ? conversationId : null;
        var timeZone = TimeZoneOf(activity);
        var locale = LocaleOf(activity);
        var fingerprint = activity.MembersAdded is { Count: > 0 }
            ? null
            : string.Join(
                '\u001f',
                conversation.ChannelId, conversation.ServiceUrl, conversation.ServiceUrlVerified ? "1" : "0", conversation.ConversationType,
                conversation.TenantId, conversation.TeamId, conversation.TeamAadGroupId, conversation.ChannelRefId, conversation.BotId,
                IsUser(from, botId) ? "1" : "0", from?.Id, from?.AadObjectId, from?.Name, timeZone, locale);
        if (fingerprint is not null
            && _lastWritten.TryGetValue(conversationId, out var last)
            && last.Fingerprint == fingerprint
            && conversation.UpdatedAt - last.WrittenAt < RewriteUnchangedAfter)
        {
            await RememberTrustAsync(conversation, authenticated, cancellationToken);
            return;
        }

        var people = new List<SeenPerson>();
        if (IsUser(from, botId))
        {
            people.Add(Seen(from!, personal, timeZone, locale, activate: true));
        }

        foreach (var member in activity.MembersAdded ?? [])
        {
            if (IsUser(member, botId) && member.Id != from?.Id)
            {
                people.Add(Seen(member, null, null, null, activate: false));
            }
        }

        var generation = Interlocked.Read(ref _generation);
        await store.RecordInboundAsync(conversation, people, cancellationToken);

        if (fingerprint is not null)
        {
            if (_lastWritten.Count >= MaxRemembered)
            {
                _lastWritten.Clear();
            }

            _lastWritten[conversationId] = (fingerprint, conversation.UpdatedAt);
            if (Interlocked.Read(ref _generation) != generation)
            {
                // A change cleared the cache meanwhile; this entry may predate it.
                _lastWritten.TryRemove(conversationId, out _);
            }
        }

        await RememberTrustAsync(conversation, authenticated, cancellationToken);
    }

    /// <summary>Forgets what was written, so the next inbound activity of every conversation is written again.</summary>
    private void Forget()
    {
        Interlocked.Increment(ref _generation);
        _lastWritten.Clear();
    }

    private async Task RememberTrustAsync(ConversationRecord conversation, bool authenticated, CancellationToken cancellationToken)
    {
        if (authenticated)
        {
            await trust.RememberAsync(conversation.ServiceUrl, cancellationToken);
        }
    }

    public async Task MarkConversationInactiveAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        Forget();
        await store.MarkConversationInactiveAsync(conversationId, timeProvider.GetUtcNow(), cancellationToken);
        Forget();
        Log.ConversationInactive(logger);
    }

    public async Task MarkUserUnreachableAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        Forget();
        await store.MarkUserUnreachableAsync(NormalizeObjectId(aadObjectId), timeProvider.GetUtcNow(), cancellationToken);
        Forget();
    }

    public async Task RecordPersonalConversationAsync(string aadObjectId, ConversationRecord conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        ArgumentNullException.ThrowIfNull(conversation);
        Forget();
        await store.RecordPersonalConversationAsync(NormalizeObjectId(aadObjectId), conversation, timeProvider.GetUtcNow(), cancellationToken);
        Forget();
    }

    /// <summary>
    /// A person @mentioned in a conversation CoachBot knows (a roster grant): their Teams id, with that conversation's
    /// tenant, service URL and bot id, so a 1:1 chat can be created for them. Someone already known keeps their personal
    /// chat; someone marked unreachable stays so until they write.
    /// </summary>
    public async Task RememberMentionedAsync(string conversationId, MentionedUser person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(person);
        if (string.IsNullOrWhiteSpace(person.AadObjectId) || string.IsNullOrWhiteSpace(person.Id)
            || await store.FindConversationAsync(conversationId, cancellationToken) is not { Active: true } conversation)
        {
            return;
        }

        var seen = new SeenPerson(NormalizeObjectId(person.AadObjectId), person.Id.Trim(), NullIfBlank(person.Name), null, null, null, Activate: false);
        await store.RecordInboundAsync(conversation with { UpdatedAt = timeProvider.GetUtcNow() }, [seen], cancellationToken);
        Log.MentionRemembered(logger);
    }

    public Task<ConversationRecord?> FindConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return store.FindConversationAsync(conversationId, cancellationToken);
    }

    public Task<UserRecord?> FindUserAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        return store.FindUserAsync(NormalizeObjectId(aadObjectId), cancellationToken);
    }

    /// <summary>Entra object ids are GUIDs; compare them case-insensitively by storing them lower-case.</summary>
    public static string NormalizeObjectId(string aadObjectId) => aadObjectId.Trim().ToLowerInvariant();

    /// <summary><c>conversation.conversationType</c>, or inferred when a test client leaves it out.</summary>
    internal static string ConversationTypeOf(Activity activity)
    {
        if (activity.Conversation?.ConversationType is { Length: > 0 } type)
        {
            return type;
        }

        if (activity.ChannelData?.Channel?.Id is { Length: > 0 })
        {
            return ConversationTypes.Channel;
        }

        return activity.Conversation?.IsGroup == true ? ConversationTypes.GroupChat : ConversationTypes.Personal;
    }

    /// <summary>The time zone the client reported: <c>localTimezone</c>, else the <c>clientInfo</c> entity's <c>timezone</c>.</summary>
    internal static string? TimeZoneOf(Activity activity) =>
        NullIfBlank(activity.LocalTimezone) ?? NullIfBlank(ClientInfo(activity)?.GetExtensionString("timezone"));

    internal static string? LocaleOf(Activity activity) =>
        NullIfBlank(activity.Locale) ?? NullIfBlank(ClientInfo(activity)?.GetExtensionString("locale"));

    private static Entity? ClientInfo(Activity activity) =>
        activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsUser(ChannelAccount? account, string? botId) =>
        account is { Id.Length: > 0, AadObjectId.Length: > 0 }
        && account.Id != botId
        && !string.Equals(account.Role, "bot", StringComparison.OrdinalIgnoreCase);

    private static SeenPerson Seen(ChannelAccount account, string? personalConversationId, string? timeZone, string? locale, bool activate) =>
        new(NormalizeObjectId(account.AadObjectId!), account.Id!, NullIfBlank(account.Name), personalConversationId, timeZone, locale, activate);

    private static partial class Log
    {
        [LoggerMessage(EventId = 3201, Level = LogLevel.Debug, Message = "A {Type} activity without conversation id or valid serviceUrl was not recorded")]
        public static partial void NotRecorded(ILogger logger, string? type);

        [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "A conversation was marked inactive")]
        public static partial void ConversationInactive(ILogger logger);

        [LoggerMessage(EventId = 3203, Level = LogLevel.Information, Message = "A person mentioned in a roster change was recorded for 1:1 messages")]
        public static partial void MentionRemembered(ILogger logger);
    }
}
