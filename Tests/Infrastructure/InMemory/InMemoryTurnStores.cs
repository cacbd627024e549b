using System.Text.Json;
using CoachBot.Bot.Outbound;
using CoachBot.Bot.Pipeline;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Tests.Infrastructure.InMemory;

/// <summary>
/// The stores a turn touches, in memory: a second provider of the host's storage seams, run against the same contract
/// tests as SQLite (<c>Tests/Storage/Contracts</c>) and used by the fast conversation tests. One lock guards everything,
/// so each operation is atomic like one SQLite write. Not for production: nothing survives the process.
/// </summary>
public sealed class InMemoryTurnStores(TimeProvider timeProvider) :
    IStateStore,
    IDialogTurnStore,
    ICardInstanceStore,
    IProcessedActivityStore,
    IWelcomeLog,
    IConversationDirectoryStore,
    IOutboxStore,
    ITrustedHostStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StateEntry> _state = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CardRow> _cards = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Channel, string Conversation, string Activity), ProcessedRow> _processed = [];
    private readonly HashSet<(string Channel, string Conversation)> _welcomes = [];
    private readonly Dictionary<string, ConversationRecord> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UserRecord> _users = new(StringComparer.Ordinal);
    private readonly SortedDictionary<long, OutboxRow> _outbox = [];
    private readonly SortedSet<string> _trustedHosts = new(StringComparer.Ordinal);
    private long _nextOutboxId = 1;

    /// <summary>Replaces the SQLite implementations of the turn's stores with one shared in-memory instance.</summary>
    public static void Register(IServiceCollection services)
    {
        Type[] seams =
        [
            typeof(IStateStore), typeof(IDialogTurnStore), typeof(ICardInstanceStore), typeof(IProcessedActivityStore), typeof(IWelcomeLog),
            typeof(IConversationDirectoryStore), typeof(IOutboxStore), typeof(ITrustedHostStore),
        ];
        services.TryAddSingleton<InMemoryTurnStores>();
        foreach (var seam in seams)
        {
            services.RemoveAll(seam);
            services.AddSingleton(seam, provider => provider.GetRequiredService<InMemoryTurnStores>());
        }
    }

    // ---- IStateStore and the dialog turn's unit of work

    public Task<StateEntry?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_state.GetValueOrDefault(key));
        }
    }

    public Task<long?> TrySaveAsync(string key, long expectedVersion, string json, CancellationToken cancellationToken) =>
        TryCommitAsync(new DialogTurnChanges(key, expectedVersion, json, []), cancellationToken);

    public Task<long?> TryCommitAsync(DialogTurnChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_gate)
        {
            var current = _state.GetValueOrDefault(changes.StateKey);
            if ((current?.Version ?? 0) != changes.ExpectedVersion)
            {
                return Task.FromResult<long?>(null);
            }

            var version = changes.ExpectedVersion + 1;
            _state[changes.StateKey] = new StateEntry(changes.StateKey, version, changes.StateJson);
            foreach (var card in changes.SentCards)
            {
                _cards.TryAdd(card.CardId, new CardRow(card with { Completed = false }, null));
            }

            return Task.FromResult<long?>(version);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _state.Remove(key);
        }

        return Task.CompletedTask;
    }

    // ---- ICardInstanceStore

    public Task SetActivityIdAsync(string cardId, string activityId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            SetActivityId(cardId, activityId);
        }

        return Task.CompletedTask;
    }

    public Task<CardInstance?> FindAsync(string cardId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_cards.TryGetValue(cardId, out var row) ? row.Card : null);
        }
    }

    public Task<bool> TryCompleteAsync(string cardId, string userKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_cards.TryGetValue(cardId, out var row) || row.Card.Completed)
            {
                return Task.FromResult(false);
            }

            _cards[cardId] = new CardRow(row.Card with { Completed = true }, userKey);
            return Task.FromResult(true);
        }
    }

    // ---- IProcessedActivityStore

    public Task<PreviousProcessing?> FindAsync(string channelId, string conversationId, string activityId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(
                _processed.TryGetValue((channelId, conversationId, activityId), out var row) && row.At >= since
                    ? new PreviousProcessing(row.InvokeStatus, row.InvokeBody)
                    : null);
        }
    }

    public Task RecordAsync(FinishedTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        lock (_gate)
        {
            foreach (var (cardId, messageId) in turn.SentCards)
            {
                SetActivityId(cardId, messageId);
            }

            _processed[(turn.ChannelId, turn.ConversationId, turn.ActivityId)] = new ProcessedRow(Now(), turn.InvokeStatus, turn.InvokeBody);
        }

        return Task.CompletedTask;
    }

    public Task SetCardMessageIdsAsync(IReadOnlyCollection<(string CardId, string MessageId)> sentCards, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentCards);
        lock (_gate)
        {
            foreach (var (cardId, messageId) in sentCards)
            {
                SetActivityId(cardId, messageId);
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> PurgeBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var old = _processed.Where(pair => pair.Value.At < before).Select(pair => pair.Key).ToList();
            old.ForEach(key => _processed.Remove(key));
            return Task.FromResult(old.Count);
        }
    }

    // ---- IWelcomeLog

    public Task<bool> TryMarkWelcomedAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_welcomes.Add((channelId, conversationId)));
        }
    }

    public Task ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _welcomes.Remove((channelId, conversationId));
        }

        return Task.CompletedTask;
    }

    // ---- IConversationDirectoryStore

    public Task RecordInboundAsync(ConversationRecord conversation, IReadOnlyList<SeenPerson> people, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(people);
        lock (_gate)
        {
            UpsertConversation(conversation);
            foreach (var person in people)
            {
                var at = conversation.UpdatedAt;
                _users[person.AadObjectId] = _users.TryGetValue(person.AadObjectId, out var old)
                    ? old with
                    {
                        TeamsUserId = person.TeamsUserId,
                        Name = person.Name ?? old.Name,
                        TenantId = conversation.TenantId ?? old.TenantId,
                        ServiceUrl = conversation.ServiceUrl,
                        BotId = conversation.BotId ?? old.BotId,
                        PersonalConversationId = person.PersonalConversationId ?? old.PersonalConversationId,
                        TimeZone = person.TimeZone ?? old.TimeZone,
                        Locale = person.Locale ?? old.Locale,
                        Active = person.Activate || old.Active,
                        UpdatedAt = at,
                    }
                    : new UserRecord(
                        person.AadObjectId, person.TeamsUserId, person.Name, conversation.TenantId, conversation.ServiceUrl, conversation.BotId,
                        person.PersonalConversationId, person.TimeZone, person.Locale, Active: true, at);
            }
        }

        return Task.CompletedTask;
    }

    public Task MarkConversationInactiveAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_conversations.TryGetValue(conversationId, out var conversation))
            {
                _conversations[conversationId] = conversation with { Active = false, UpdatedAt = at };
            }

            foreach (var user in _users.Values.Where(u => u.PersonalConversationId == conversationId).ToList())
            {
                _users[user.AadObjectId] = user with { Active = false, UpdatedAt = at };
            }
        }

        return Task.CompletedTask;
    }

    public Task MarkUserUnreachableAsync(string aadObjectId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_users.TryGetValue(aadObjectId, out var user))
            {
                _users[aadObjectId] = user with { Active = false, UpdatedAt = at };
            }
        }

        return Task.CompletedTask;
    }

    public Task RecordPersonalConversationAsync(string aadObjectId, ConversationRecord conversation, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        lock (_gate)
        {
            UpsertConversation(conversation);
            if (_users.TryGetValue(aadObjectId, out var user))
            {
                _users[aadObjectId] = user with { PersonalConversationId = conversation.ConversationId, UpdatedAt = at };
            }
        }

        return Task.CompletedTask;
    }

    public Task<ConversationRecord?> FindConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_conversations.GetValueOrDefault(conversationId));
        }
    }

    public Task<UserRecord?> FindUserAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_users.GetValueOrDefault(aadObjectId));
        }
    }

    // ---- IOutboxStore

    public Task<long> EnqueueAsync(OutboundOperation operation, DateTimeOffset dueAt, int attempts, string? lastError, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var body = operation.Activity is null ? null : JsonSerializer.Serialize(operation.Activity, ProtocolJsonContext.Default.Activity);
        lock (_gate)
        {
            var id = _nextOutboxId++;
            _outbox[id] = new OutboxRow(id, operation with { Activity = null }, body, OutboxStatus.Pending, attempts, dueAt, lastError, null, Now());
            return Task.FromResult(id);
        }
    }

    public Task<OutboxPending> PendingAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var pending = _outbox.Values.Where(row => row.Status == OutboxStatus.Pending).ToList();
            var head = pending.FirstOrDefault(row => row.Operation.Target.ConversationId == conversationId);
            return Task.FromResult(new OutboxPending(pending.Count, head?.DueAt));
        }
    }

    public Task<IReadOnlyList<OutboxItem>> GetDueHeadsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<OutboxItem> heads =
            [
                .. _outbox.Values
                    .Where(row => row.Status == OutboxStatus.Pending)
                    .GroupBy(row => row.Operation.Target.ConversationId, StringComparer.Ordinal)
                    .Select(group => group.First())
                    .Where(row => row.DueAt <= now)
                    .OrderBy(row => row.DueAt).ThenBy(row => row.Id)
                    .Take(limit)
                    .Select(row => row.ToItem()),
            ];
            return Task.FromResult(heads);
        }
    }

    public Task<OutboxItem?> FindAsync(long id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_outbox.TryGetValue(id, out var row) ? row.ToItem() : null);
        }
    }

    public Task<IReadOnlyList<OutboxItem>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<OutboxItem> items = [.. _outbox.Values.Where(row => row.Operation.Target.ConversationId == conversationId).Select(row => row.ToItem())];
            return Task.FromResult(items);
        }
    }

    public Task CompleteAsync(long id, string status, int attempts, string? resultActivityId, string? lastError, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_outbox.TryGetValue(id, out var row))
            {
                _outbox[id] = row with { Status = status, Attempts = attempts, ResultActivityId = resultActivityId, LastError = lastError, UpdatedAt = Now() };
            }
        }

        return Task.CompletedTask;
    }

    public Task RescheduleAsync(long id, DateTimeOffset dueAt, int attempts, string? lastError, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_outbox.TryGetValue(id, out var row))
            {
                _outbox[id] = row with { DueAt = dueAt, Attempts = attempts, LastError = lastError, UpdatedAt = Now() };
            }
        }

        return Task.CompletedTask;
    }

    public Task PurgeFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var id in _outbox.Values.Where(row => row.Status != OutboxStatus.Pending && row.UpdatedAt < before).Select(row => row.Id).ToList())
            {
                _outbox.Remove(id);
            }
        }

        return Task.CompletedTask;
    }

    // ---- ITrustedHostStore

    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<string>>([.. _trustedHosts]);
        }
    }

    public Task AddAsync(string authority, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _trustedHosts.Add(authority);
        }

        return Task.CompletedTask;
    }

    // ---- helpers (called under the lock)

    private DateTimeOffset Now() => timeProvider.GetUtcNow();

    private void SetActivityId(string cardId, string activityId)
    {
        if (_cards.TryGetValue(cardId, out var row))
        {
            _cards[cardId] = row with { Card = row.Card with { ActivityId = activityId } };
        }
    }

    private void UpsertConversation(ConversationRecord c) =>
        _conversations[c.ConversationId] = _conversations.TryGetValue(c.ConversationId, out var old)
            ? c with
            {
                ServiceUrlVerified = c.ServiceUrl == old.ServiceUrl ? c.ServiceUrlVerified || old.ServiceUrlVerified : c.ServiceUrlVerified,
                TenantId = c.TenantId ?? old.TenantId,
                TeamId = c.TeamId ?? old.TeamId,
                TeamAadGroupId = c.TeamAadGroupId ?? old.TeamAadGroupId,
                ChannelRefId = c.ChannelRefId ?? old.ChannelRefId,
                BotId = c.BotId ?? old.BotId,
                Active = true,
            }
            : c with { Active = true };

    private sealed record CardRow(CardInstance Card, string? CompletedBy);

    private sealed record ProcessedRow(DateTimeOffset At, int? InvokeStatus, string? InvokeBody);

    private sealed record OutboxRow(
        long Id,
        OutboundOperation Operation,
        string? Body,
        string Status,
        int Attempts,
        DateTimeOffset DueAt,
        string? LastError,
        string? ResultActivityId,
        DateTimeOffset UpdatedAt)
    {
        /// <summary>A fresh copy of the queued activity each time, as a store that keeps JSON would give.</summary>
        public OutboxItem ToItem() => new(
            Id,
            Operation with { Activity = Body is null ? null : JsonSerializer.Deserialize(Body, ProtocolJsonContext.Default.Activity) },
            Status,
            Attempts,
            DueAt,
            LastError,
            ResultActivityId);
    }
}
