namespace CoachBot.Dialogs.State;

/// <summary>
/// What a dialog turn saves when it ends, as one unit of work: this user's state in this conversation (saved only when
/// it is still at <see cref="ExpectedVersion"/>; 0 = must not exist yet) and the cards the turn sent, so a later press
/// can be matched to its card.
/// </summary>
public sealed record DialogTurnChanges(string StateKey, long ExpectedVersion, string StateJson, IReadOnlyList<CardInstance> SentCards);

/// <summary>Commits a dialog turn's <see cref="DialogTurnChanges"/> all together or not at all.</summary>
public interface IDialogTurnStore
{
    /// <summary>Saves the state and records the sent cards; returns the state's new version, or null (nothing saved) when someone saved in between.</summary>
    Task<long?> TryCommitAsync(DialogTurnChanges changes, CancellationToken cancellationToken);
}
