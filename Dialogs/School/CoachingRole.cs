namespace CoachBot.Dialogs.School;

/// <summary>
/// What a person may do in CoachBot. A person holds a <em>set</em> of roles:
/// <list type="bullet">
/// <item><see cref="Teacher"/> is held by everyone implicitly and is never stored.</item>
/// <item>The coaching roles form a ladder: <see cref="LeadCoach"/> implies <see cref="Coach"/>.</item>
/// <item><see cref="Admin"/> is separate from coaching: it manages the roster, and neither implies nor is
/// implied by a coaching role. An admin who also coaches holds both grants.</item>
/// </list>
/// </summary>
public enum CoachingRole
{
    /// <summary>Everyone: asks for help, answers check-ins.</summary>
    Teacher = 0,

    /// <summary>A technology coach: takes requests from teachers.</summary>
    Coach = 1,

    /// <summary>A lead coach: everything a coach may do, plus running the coaching team.</summary>
    LeadCoach = 2,

    /// <summary>Manages who holds which role. Not a coaching role.</summary>
    Admin = 3,
}
