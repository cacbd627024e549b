namespace CoachBot.Dialogs.School;

/// <summary>The outcome of a roster command, with the reply to show the admin.</summary>
public sealed record RosterChangeResult(RosterChangeStatus Status, string Message)
{
    public bool Changed => Status is RosterChangeStatus.Granted or RosterChangeStatus.Revoked;
}
