namespace CoachBot.Bot.Pipeline;

/// <summary>Records that a conversation was welcomed, so CoachBot greets each conversation once.</summary>
public interface IWelcomeLog
{
    /// <summary>True the first time it is called for a conversation; false ever after (until forgotten).</summary>
    Task<bool> TryMarkWelcomedAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Forgets the welcome when CoachBot is removed, so a later reinstall greets again.</summary>
    Task ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken);
}
