namespace CoachBot.Dialogs.Features.Coverage;

/// <summary>
/// Which of the ten coaching roles a coach or lead coach covers, at which schools. Schools are names from
/// <c>School:Schools</c> (<see cref="Schools.TheOnlySchool"/> when there is a single unnamed school); roles are the
/// knowledge's role topic ids (<c>role.mentor</c>, …).
/// </summary>
public sealed record CoachCoverage(string AadObjectId, IReadOnlyList<string> RoleIds, IReadOnlyList<string> Schools, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    /// <summary>True when this coverage includes <paramref name="roleId"/> at <paramref name="school"/> (any school when there is only one).</summary>
    public bool Covers(string roleId, string school, bool singleSchool) =>
        RoleIds.Contains(roleId, StringComparer.Ordinal) && (singleSchool || IncludesSchool(school));

    /// <summary>True when the school is one of this coverage's (case ignored).</summary>
    public bool IncludesSchool(string school) => Schools.Contains(school, StringComparer.OrdinalIgnoreCase);
}

/// <summary>Coverage's storage: one entry per person (Entra object id, canonical), replaced as a whole when saved.</summary>
public interface ICoverageStore
{
    Task<CoachCoverage?> FindAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Everyone's coverage (a school district has tens of coaches, not thousands).</summary>
    Task<IReadOnlyList<CoachCoverage>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the person's coverage.</summary>
    Task SaveAsync(CoachCoverage coverage, CancellationToken cancellationToken);
}
