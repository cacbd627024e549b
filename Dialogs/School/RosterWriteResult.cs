namespace CoachBot.Dialogs.School;

/// <summary>What a roster write did.</summary>
public enum RosterWriteResult
{
    /// <summary>The role was granted or revoked.</summary>
    Changed,

    /// <summary>Nothing to do: the role was already held (grant) or not held (revoke).</summary>
    Unchanged,

    /// <summary>Refused: revoking would leave the roster without any admin.</summary>
    LastAdmin,
}
