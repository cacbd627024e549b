namespace CoachBot.Dialogs.Messaging;

/// <summary>
/// Sends messages that are not replies to the current turn: to a user's personal chat (by Entra object id,
/// creating the 1:1 conversation when the app is installed for them), to a known conversation, or an update
/// of a message CoachBot sent earlier.
/// </summary>
public interface IProactiveMessenger
{
    Task<SendOutcome> SendToUserAsync(string aadObjectId, MessageContent content, CancellationToken cancellationToken);

    Task<SendOutcome> SendToConversationAsync(string conversationId, MessageContent content, CancellationToken cancellationToken);

    Task<SendOutcome> UpdateAsync(string conversationId, string activityId, MessageContent content, CancellationToken cancellationToken);
}
