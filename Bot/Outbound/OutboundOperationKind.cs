namespace CoachBot.Bot.Outbound;

/// <summary>The activity calls that can wait in the outbox.</summary>
public enum OutboundOperationKind
{
    Send,
    Update,
    Delete,
}
