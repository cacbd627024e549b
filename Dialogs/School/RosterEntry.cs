namespace CoachBot.Dialogs.School;

/// <summary>A person in the roster with the roles granted to them (never <see cref="CoachingRole.Teacher"/>, which is implicit).</summary>
public sealed record RosterEntry(RosterMember Member, IReadOnlyList<RoleGrant> Grants)
{
    /// <summary>True when one of the grants satisfies <paramref name="required"/> (lead coach satisfies coach).</summary>
    public bool Holds(CoachingRole required) =>
        required == CoachingRole.Teacher || Grants.Any(grant => grant.Role.Satisfies(required));
}
