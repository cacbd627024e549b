using CoachBot.Bot.Protocol.Activities;

namespace CoachBot.Bot.Pipeline;

/// <summary>Keeps who-is-where current from every inbound activity (the outbound layer implements it).</summary>
public interface IInboundActivityRecorder
{
    Task RecordInboundAsync(Activity activity, bool authenticated, CancellationToken cancellationToken);

    Task MarkConversationInactiveAsync(string conversationId, CancellationToken cancellationToken);
}
