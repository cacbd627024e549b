namespace CoachBot.Dialogs.School;

/// <summary>What a roster command did.</summary>
public enum RosterChangeStatus
{
    Granted,
    Revoked,

    /// <summary>Nothing changed: the role was already held, or not held to begin with.</summary>
    NoChange,

    /// <summary>Refused (not an admin, no identifiable person, last admin, admin from settings, teacher role).</summary>
    Rejected,
}
