namespace CoachBot.Dialogs.School;

/// <summary>
/// What a person may do right now: the stored grants, plus admin when they are listed in <c>Coaching:Admins</c>.
/// Everyone is a teacher.
/// </summary>
public sealed record EffectiveRoles(string? AadObjectId, IReadOnlySet<CoachingRole> Granted, bool IsConfiguredAdmin)
{
    /// <summary>Roles of someone unknown (no AAD object id, or not in the roster): teacher only.</summary>
    public static EffectiveRoles TeacherOnly(string? aadObjectId) => new(aadObjectId, new HashSet<CoachingRole>(), false);

    /// <summary>True when the person may do what <paramref name="required"/> allows.</summary>
    public bool Has(CoachingRole required) =>
        required == CoachingRole.Teacher
        || (required == CoachingRole.Admin && IsConfiguredAdmin)
        || Granted.Any(role => role.Satisfies(required));
}
