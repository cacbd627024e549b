namespace CoachBot.Bot.Pipeline;

/// <summary>A previous processing of the same activity: with the invoke answer it gave, if any.</summary>
public sealed record PreviousProcessing(int? InvokeStatus, string? InvokeBody);

/// <summary>
/// A turn's last write, one unit: the activity is processed (with the invoke answer it got, so a redelivered invoke gets
/// the same answer), and the cards the turn sent know their message ids.
/// </summary>
public sealed record FinishedTurn(
    string ChannelId,
    string ConversationId,
    string ActivityId,
    int? InvokeStatus,
    string? InvokeBody,
    IReadOnlyCollection<(string CardId, string MessageId)> SentCards);

/// <summary>
/// Which activities were processed (keyed by channel, conversation and activity id), for Teams' redelivery window.
/// </summary>
public interface IProcessedActivityStore
{
    /// <summary>The processing of this activity recorded at or after <paramref name="since"/>, or null.</summary>
    Task<PreviousProcessing?> FindAsync(string channelId, string conversationId, string activityId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// Records a finished turn (see <see cref="FinishedTurn"/>). It may be queued to share a commit with other writes; the
    /// task completes once it is durable.
    /// </summary>
    Task RecordAsync(FinishedTurn turn, CancellationToken cancellationToken);

    /// <summary>Sets a sent card's message id on its own (a turn without activity id has no processed record).</summary>
    Task SetCardMessageIdsAsync(IReadOnlyCollection<(string CardId, string MessageId)> sentCards, CancellationToken cancellationToken);

    /// <summary>Deletes records older than <paramref name="before"/>.</summary>
    Task<int> PurgeBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
