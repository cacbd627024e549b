using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.TeamView;
using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.TeamView;

/// <summary>
/// <see cref="ITeamViewStore"/>: read-only SQL over the tables of requests, reflections, the roster, coverage and the
/// conversation directory. The statements name only the columns the figures need: never a request's or reflection's
/// words, never a teacher's name.
/// </summary>
public sealed class SqliteTeamViewStore(SqliteDatabase database) : ITeamViewStore
{
    public Task<IReadOnlyList<TeamRequestFact>> ListRequestsAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<TeamRequestFact>>(session =>
        {
            // No covering coach: routed, and no copy reached a coach who covers its kind of support (1:1 or in a coaching channel).
            using var reader = session.Query(
                """
                SELECT r.school, r.role_id, r.teacher_aad_object_id, r.status, r.created_at, r.claimed_at, r.rating,
                    CASE WHEN r.routed_at IS NOT NULL AND NOT EXISTS (
                        SELECT 1 FROM support_request_copies c
                        WHERE c.request_id = r.id AND c.reason IN ('covers', 'channel') AND c.delivery IN ('sent', 'queued', 'in_channel'))
                    THEN 1 ELSE 0 END
                FROM support_requests r
                WHERE r.created_at >= $since;
                """,
                ("$since", since.ToUnixTimeMilliseconds()));
            var facts = new List<TeamRequestFact>();
            while (reader.Read())
            {
                facts.Add(new TeamRequestFact(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    Status(reader.GetString(3)),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                    reader.IsDBNull(5) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
                    reader.IsDBNull(6) ? null : reader.GetString(6) == "helpful",
                    reader.GetInt64(7) != 0));
            }

            return facts;
        }, cancellationToken);

    public Task<IReadOnlyList<TeamReflectionMinutes>> ListReflectionMinutesAsync(DateOnly from, DateOnly recentFrom, DateOnly through, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<TeamReflectionMinutes>>(session =>
        {
            // Summed in SQL (ix_reflections_date covers it): a row per coach, kind, set of roles and period, not per entry.
            using var reader = session.Query(
                """
                SELECT coach_id, kind = 'diverted', roles, local_date >= $recent, SUM(minutes) FROM reflections
                WHERE local_date BETWEEN $from AND $to AND minutes > 0
                GROUP BY coach_id, kind = 'diverted', roles, local_date >= $recent;
                """,
                ("$from", from.DayNumber), ("$recent", recentFrom.DayNumber), ("$to", through.DayNumber));
            var sums = new List<TeamReflectionMinutes>();
            while (reader.Read())
            {
                sums.Add(new TeamReflectionMinutes(
                    reader.GetString(0),
                    reader.GetInt64(1) != 0,
                    reader.GetString(2).Split(',', StringSplitOptions.RemoveEmptyEntries),
                    reader.GetInt64(3) != 0 ? TeamPeriod.Recent : TeamPeriod.Earlier,
                    reader.GetInt64(4)));
            }

            return sums;
        }, cancellationToken);

    public Task<IReadOnlyList<TeamCoverage>> ListReachableCoverageAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<TeamCoverage>>(session =>
        {
            // A rostered coach or lead coach whom CoachBot has not found removed or blocked (outbound_users.active = 0).
            using var reader = session.Query(
                """
                SELECT c.aad_object_id, c.roles, c.schools FROM coverage c
                WHERE EXISTS (SELECT 1 FROM roster_grants g WHERE g.aad_object_id = c.aad_object_id AND g.role IN ('coach', 'lead_coach'))
                  AND NOT EXISTS (SELECT 1 FROM outbound_users u WHERE u.aad_object_id = c.aad_object_id AND u.active = 0);
                """);
            var coverage = new List<TeamCoverage>();
            while (reader.Read())
            {
                coverage.Add(new TeamCoverage(
                    reader.GetString(0),
                    reader.GetString(1).Split(',', StringSplitOptions.RemoveEmptyEntries),
                    reader.GetString(2).Split('\n', StringSplitOptions.RemoveEmptyEntries)));
            }

            return coverage;
        }, cancellationToken);

    private static TeamRequestStatus Status(string stored) => stored switch
    {
        "claimed" => TeamRequestStatus.Claimed,
        "done" => TeamRequestStatus.Done,
        "cancelled" => TeamRequestStatus.Cancelled,
        _ => TeamRequestStatus.Open,
    };
}
