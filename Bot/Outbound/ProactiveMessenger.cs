using CoachBot.Bot.Hosting;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Protocol.Connector;
using CoachBot.Dialogs.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Outbound;

/// <summary>
/// <see cref="IProactiveMessenger"/> (protocol.md §5): messages a user 1:1 by Entra object id — into their known
/// personal chat, or by creating it first (<c>POST v3/conversations</c> with their <c>29:</c> id, the tenant and
/// the bot id, then sending the card, so the returned activity id can update it later; §3.3) — or any known
/// conversation, or updates a message sent earlier. A user who cannot be reached (unknown, app not installed,
/// blocked: 403/404) gets <c>NotReachable</c> and is not tried again until they write again. As <see cref="IPersonalChats"/> it
/// finds or opens that personal chat without sending anything.
/// </summary>
public sealed partial class ProactiveMessenger(
    IConversationDirectory directory,
    IActivitySender sender,
    IConnectorClient connector,
    ConnectorCallPolicy policy,
    IMessageActivityFactory activityFactory,
    IOptions<BotOptions> botOptions,
    IOptions<OutboundOptions> outboundOptions,
    TimeProvider timeProvider,
    ILogger<ProactiveMessenger> logger) : IProactiveMessenger, IPersonalChats
{
    public Task<SendOutcome> SendToUserAsync(string aadObjectId, MessageContent content, CancellationToken cancellationToken) =>
        SendToUserAsync(aadObjectId, content, SendMode.Proactive, cancellationToken);

    /// <summary>
    /// <see cref="SendToUserAsync(string, MessageContent, CancellationToken)"/> with a chosen <paramref name="mode"/>
    /// (<see cref="SendMode.ProactiveUnqueued"/> for sends whose caller retries itself).
    /// </summary>
    public async Task<SendOutcome> SendToUserAsync(string aadObjectId, MessageContent content, SendMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (conversation, problem) = await FindOrCreatePersonalConversationAsync(aadObjectId, mode, cancellationToken);
        return conversation is null
            ? problem!
            : await sender.SendAsync(TargetOf(conversation), activityFactory.Create(content), mode, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<string?> FindOrCreateAsync(string aadObjectId, CancellationToken cancellationToken) =>
        (await FindOrCreatePersonalConversationAsync(aadObjectId, SendMode.Proactive, cancellationToken)).Conversation?.ConversationId;

    /// <summary>The user's active personal conversation, created in Teams when there is none; else why not.</summary>
    private async Task<(ConversationRecord? Conversation, SendOutcome? Problem)> FindOrCreatePersonalConversationAsync(
        string aadObjectId, SendMode mode, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return (null, new SendOutcome.Failed("no Entra object id given for the user"));
        }

        var user = await directory.FindUserAsync(aadObjectId, cancellationToken);
        if (user is null)
        {
            return (null, new SendOutcome.NotReachable("CoachBot has not seen this user in Teams yet, so it has no way to message them"));
        }

        if (!user.Active)
        {
            return (null, new SendOutcome.NotReachable("this user blocked CoachBot or removed the app; CoachBot waits until they write to it again"));
        }

        var conversation = user.PersonalConversationId is { } personalId
            ? await directory.FindConversationAsync(personalId, cancellationToken)
            : null;
        if (conversation is { Active: true })
        {
            return (conversation, null);
        }

        var created = await CreatePersonalConversationAsync(user, mode, cancellationToken);
        return created.Outcome is { } failure ? (null, failure) : (created.Conversation!, null);
    }

    public async Task<SendOutcome> SendToConversationAsync(string conversationId, MessageContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (conversation, problem) = await FindActiveConversationAsync(conversationId, cancellationToken);
        return conversation is null
            ? problem!
            : await sender.SendAsync(TargetOf(conversation), activityFactory.Create(content), SendMode.Proactive, cancellationToken);
    }

    public async Task<SendOutcome> UpdateAsync(string conversationId, string activityId, MessageContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(activityId))
        {
            return new SendOutcome.Failed("no activity id given to update");
        }

        var (conversation, problem) = await FindActiveConversationAsync(conversationId, cancellationToken);
        return conversation is null
            ? problem!
            : await sender.UpdateAsync(TargetOf(conversation), activityId, activityFactory.Create(content), SendMode.Proactive, cancellationToken);
    }

    private async Task<(ConversationRecord? Conversation, SendOutcome? Problem)> FindActiveConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(conversationId))
        {
            return (null, new SendOutcome.Failed("no conversation id given"));
        }

        var conversation = await directory.FindConversationAsync(conversationId, cancellationToken);
        return conversation switch
        {
            null => (null, new SendOutcome.NotReachable("CoachBot has never been in this conversation")),
            { Active: false } => (null, new SendOutcome.NotReachable("CoachBot was removed from this conversation or blocked there")),
            _ => (conversation, null),
        };
    }

    /// <summary>
    /// Opens the user's 1:1 chat. For a <see cref="SendMode.ProactiveUnqueued"/> send (a nudge) the call is part of the send:
    /// behind live replies, one attempt, and any wait Teams asks for handed back as <c>Throttled</c>.
    /// </summary>
    private async Task<(ConversationRecord? Conversation, SendOutcome? Outcome)> CreatePersonalConversationAsync(
        UserRecord user, SendMode mode, CancellationToken cancellationToken)
    {
        var serviceUrl = user.ServiceUrl ?? TrustedServiceUrls.GlobalTeamsServiceUrls[0];
        var botId = user.BotId ?? (botOptions.Value.IsAnonymous ? null : $"28:{botOptions.Value.AppId.Trim()}");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = botId is null ? null : new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = user.TeamsUserId }],
            TenantId = user.TenantId,
            ChannelData = user.TenantId is null ? null : new TeamsChannelData { Tenant = new TeamsEntityRef { Id = user.TenantId } },
        };

        var unqueued = mode == SendMode.ProactiveUnqueued;
        var result = await policy.ExecuteAsync(
            user.TenantId,
            null,
            unqueued ? OutboundPriority.Background : OutboundPriority.Normal,
            outboundOptions.Value.ProactiveRetryBudget,
            unqueued ? 1 : outboundOptions.Value.MaxAttempts,
            ct => connector.CreateConversationAsync(serviceUrl, parameters, ct),
            cancellationToken);
        if (result.DeferFor is { } defer)
        {
            if (logger.IsEnabled(LogLevel.Warning))
            {
                Log.CreateDeferred(logger, result.Describe());
            }

            return (null, new SendOutcome.Throttled(defer, Queued: false));
        }

        var response = result.Last!;
        var description = response.Describe();
        if (response.Status is ConnectorStatus.Forbidden or ConnectorStatus.NotFound)
        {
            await directory.MarkUserUnreachableAsync(user.AadObjectId, cancellationToken);
            Log.CreateRefused(logger, description);
            return (null, new SendOutcome.NotReachable(
                $"Teams would not open a chat with this user: CoachBot is not installed for them or is blocked ({description})"));
        }

        if (response.ReadConversation()?.Id is not { Length: > 0 } conversationId)
        {
            Log.CreateFailed(logger, description);
            return (null, new SendOutcome.Failed($"creating the 1:1 conversation failed: {(response.IsSuccess ? "no conversation id in the answer" : description)}"));
        }

        var conversation = new ConversationRecord(
            conversationId, "msteams", serviceUrl, ServiceUrlVerified: false, ConversationTypes.Personal, user.TenantId,
            null, null, null, botId, Active: true, timeProvider.GetUtcNow());
        await directory.RecordPersonalConversationAsync(user.AadObjectId, conversation, cancellationToken);
        return (conversation, null);
    }

    private static OutboundTarget TargetOf(ConversationRecord conversation) =>
        new(conversation.ServiceUrl, conversation.ConversationId, conversation.TenantId);

    private static partial class Log
    {
        [LoggerMessage(EventId = 3601, Level = LogLevel.Warning, Message = "Creating a 1:1 conversation was throttled past the proactive budget: {Reason}")]
        public static partial void CreateDeferred(ILogger logger, string reason);

        [LoggerMessage(EventId = 3602, Level = LogLevel.Information, Message = "Teams refused to create a 1:1 conversation: {Reason}")]
        public static partial void CreateRefused(ILogger logger, string reason);

        [LoggerMessage(EventId = 3603, Level = LogLevel.Error, Message = "Creating a 1:1 conversation failed: {Reason}")]
        public static partial void CreateFailed(ILogger logger, string reason);
    }
}
