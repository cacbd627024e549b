using CoachBot.Bot.Protocol.Activities;

namespace CoachBot.Tests.Infrastructure.Host;

/// <summary>Delivers an inbound activity to CoachBot and reports what came back.</summary>
public interface IChatDriver
{
    Task<ChatTurnResult> DeliverAsync(Activity activity, CancellationToken cancellationToken);
}
