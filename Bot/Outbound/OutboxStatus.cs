namespace CoachBot.Bot.Outbound;

/// <summary>Where an outbox item stands (the <c>status</c> column).</summary>
public static class OutboxStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Unreachable = "unreachable";
    public const string Failed = "failed";
}
