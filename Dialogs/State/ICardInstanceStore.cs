namespace CoachBot.Dialogs.State;

/// <summary>What CoachBot remembers about a card it sent: which kind, where, and whether it was already used.</summary>
public sealed record CardInstance(string CardId, string Kind, string ConversationId, string? UserKey, string? ActivityId, bool Completed);

/// <summary>
/// The card instances CoachBot sent (recorded with the turn's state, <see cref="IDialogTurnStore"/>), so a submit can be matched to its card, a second submit of
/// the same form gets "already saved", and the sent message can be updated in place.
/// </summary>
public interface ICardInstanceStore
{
    Task SetActivityIdAsync(string cardId, string activityId, CancellationToken cancellationToken);

    Task<CardInstance?> FindAsync(string cardId, CancellationToken cancellationToken);

    /// <summary>Marks the card used by <paramref name="userKey"/>; false when it already was (the caller answers "already saved").</summary>
    Task<bool> TryCompleteAsync(string cardId, string userKey, CancellationToken cancellationToken);
}
