namespace CoachBot.Dialogs.Features.TeamView;

/// <summary>
/// What the team view reads, and nothing more: for each support request its school, kind of support, teacher (only to
/// count distinct teachers; never shown), status, times and rating — never its words or the teacher's name; the minutes
/// of reflections summed in SQL per coach (only to count distinct coaches), kind, roles and period — never their words;
/// and the coaches who can be reached with what they cover. Read-only SQL over the requests', reflections', roster's and
/// coverage's tables.
/// </summary>
public interface ITeamViewStore
{
    /// <summary>Requests asked at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<TeamRequestFact>> ListRequestsAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// The minutes of reflections and diverted time with a local date from <paramref name="from"/> through <paramref name="through"/>
    /// (both included), summed per coach, kind, set of roles and period: <see cref="TeamPeriod.Recent"/> from
    /// <paramref name="recentFrom"/> on, <see cref="TeamPeriod.Earlier"/> before. Entries without minutes are left out.
    /// </summary>
    Task<IReadOnlyList<TeamReflectionMinutes>> ListReflectionMinutesAsync(DateOnly from, DateOnly recentFrom, DateOnly through, CancellationToken cancellationToken);

    /// <summary>
    /// Rostered coaches and lead coaches CoachBot can reach (not known to have removed it), with the roles and schools they
    /// cover.
    /// </summary>
    Task<IReadOnlyList<TeamCoverage>> ListReachableCoverageAsync(CancellationToken cancellationToken);
}

/// <summary>The status of a request as the team view counts it.</summary>
public enum TeamRequestStatus
{
    Open,
    Claimed,
    Done,
    Cancelled,
}

/// <summary>
/// One request, as counted. <paramref name="NoCoveringCoach"/>: it was routed and reached no coach who covers its role
/// (it fell back to the lead coaches or admins, or to nobody).
/// </summary>
public sealed record TeamRequestFact(
    string School,
    string RoleId,
    string TeacherId,
    TeamRequestStatus Status,
    DateTimeOffset AskedAt,
    DateTimeOffset? ClaimedAt,
    bool? Helpful,
    bool NoCoveringCoach);

/// <summary>
/// One coach's minutes of one kind (coaching with these roles, or diverted time) in one period: the sum over their
/// entries. A coaching entry's minutes are split evenly between its roles when counted (none: "no role yet").
/// </summary>
public sealed record TeamReflectionMinutes(string CoachId, bool IsDiverted, IReadOnlyList<string> RoleIds, TeamPeriod Period, long Minutes);

/// <summary>What one reachable coach covers.</summary>
public sealed record TeamCoverage(string CoachId, IReadOnlyList<string> RoleIds, IReadOnlyList<string> Schools);
