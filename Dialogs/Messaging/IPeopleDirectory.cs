using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Messaging;

/// <summary>
/// Who-is-where for people CoachBot has not heard from itself. A roster grant by @mention records the mentioned person's
/// Teams id with the tenant and service URL of the conversation they were mentioned in, so CoachBot can open a 1:1 chat
/// with a coach who never wrote to it (their first support request, for instance).
/// </summary>
public interface IPeopleDirectory
{
    /// <summary>Records <paramref name="person"/> (who needs an Entra object id) as seen in <paramref name="conversationId"/>.</summary>
    Task RememberMentionedAsync(string conversationId, MentionedUser person, CancellationToken cancellationToken);
}
