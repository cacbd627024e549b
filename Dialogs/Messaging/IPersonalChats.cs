namespace CoachBot.Dialogs.Messaging;

/// <summary>
/// A user's personal (1:1) chat with CoachBot, found or opened. The dialog engine uses it to run a private command asked
/// in a group chat or channel on the personal chat's own dialog state, so a form sent there is answered there.
/// </summary>
public interface IPersonalChats
{
    /// <summary>
    /// The id of the user's personal conversation with CoachBot, creating it in Teams when CoachBot has none yet; null
    /// when the user cannot be reached 1:1 (never seen, CoachBot not installed for them or blocked, or Teams asked to
    /// wait longer than a turn may).
    /// </summary>
    Task<string?> FindOrCreateAsync(string aadObjectId, CancellationToken cancellationToken);
}
