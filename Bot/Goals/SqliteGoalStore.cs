using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.School;
using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.Goals;

/// <summary>
/// <see cref="IGoalStore"/> on the <c>goal*</c> tables. Every statement names the coach, so another coach's goal is
/// never read or changed. Each change (its checks, the goal, its progress history) is one write unit, so it is atomic.
/// </summary>
public sealed class SqliteGoalStore(SqliteDatabase database) : IGoalStore
{
    private const string DateFormat = "yyyy-MM-dd";

    private const string GoalColumns =
        "g.id, g.coach, g.year_start, g.year_end, g.year_label, g.title, g.serves, g.target, g.unit, g.progress, g.milestones, g.due, g.status, " +
        "g.start_date, g.created_at, g.updated_at, g.done_at, g.carried_from, g.last_progress_at, g.version, l.reflection_id, l.linked_at, l.excerpt";

    // The goal with its newest linked reflection (if any).
    private const string GoalFrom =
        """
        FROM goals g
        LEFT JOIN goal_reflection_links l ON l.goal_id = g.id
            AND l.reflection_id = (SELECT reflection_id FROM goal_reflection_links WHERE goal_id = g.id ORDER BY linked_at DESC, reflection_id LIMIT 1)
        """;

    public Task<Goal?> FindAsync(string coach, long id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        return database.ReadAsync(session => Find(session, coach, id), cancellationToken);
    }

    public Task<IReadOnlyList<Goal>> ListAsync(string coach, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        return database.ReadAsync<IReadOnlyList<Goal>>(session =>
        {
            using var reader = session.Query($"SELECT {GoalColumns} {GoalFrom} WHERE g.coach = $coach ORDER BY g.id;", ("$coach", coach));
            var goals = new List<Goal>();
            while (reader.Read())
            {
                goals.Add(Read(reader));
            }

            return goals;
        }, cancellationToken);
    }

    public Task<GoalChangeResult> AddAsync(NewGoal goal, int maxActive, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return database.WriteAsync(session =>
        {
            if (ActiveCount(session, goal.Coach, goal.Year) >= maxActive)
            {
                return new GoalChangeResult(GoalChangeStatus.TooMany, null);
            }

            var id = Insert(session, goal, at);
            return new GoalChangeResult(GoalChangeStatus.Changed, Find(session, goal.Coach, id));
        }, cancellationToken);
    }

    public Task<GoalChangeResult> ChangeAsync(
        string coach, long id, int? expectedVersion, Func<Goal, GoalEdit?> change, int maxActive, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        ArgumentNullException.ThrowIfNull(change);
        return database.WriteAsync(session =>
        {
            if (Find(session, coach, id) is not { } goal)
            {
                return new GoalChangeResult(GoalChangeStatus.NotFound, null);
            }

            if (expectedVersion is { } version && version != goal.Version)
            {
                return new GoalChangeResult(GoalChangeStatus.Stale, goal);
            }

            if (change(goal) is not { } edit)
            {
                return new GoalChangeResult(GoalChangeStatus.Unchanged, goal);
            }

            var updated = edit.Goal;
            if (goal.Status != GoalStatus.Active && updated.Status == GoalStatus.Active && ActiveCount(session, coach, goal.Year) >= maxActive)
            {
                return new GoalChangeResult(GoalChangeStatus.TooMany, goal);
            }

            Update(session, goal, updated, at);
            if (edit.Progress is { } progress)
            {
                session.Execute(
                    "INSERT INTO goal_progress (goal_id, at, amount, milestone) VALUES ($id, $at, $amount, $milestone);",
                    ("$id", id), ("$at", at.ToUnixTimeMilliseconds()), ("$amount", progress.Amount), ("$milestone", progress.Milestone));
            }

            return new GoalChangeResult(GoalChangeStatus.Changed, Find(session, coach, id));
        }, cancellationToken);
    }

    public Task<GoalChangeResult> CarryOverAsync(
        string coach, long id, int? expectedVersion, SchoolYear into, DateOnly startDate, int maxActive, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        ArgumentNullException.ThrowIfNull(into);
        return database.WriteAsync(session =>
        {
            if (Find(session, coach, id) is not { } goal)
            {
                return new GoalChangeResult(GoalChangeStatus.NotFound, null);
            }

            if ((expectedVersion is { } version && version != goal.Version) || goal.Status != GoalStatus.Active || goal.Year.Start == into.Start)
            {
                return new GoalChangeResult(GoalChangeStatus.Stale, goal);
            }

            if (ActiveCount(session, coach, into) >= maxActive)
            {
                return new GoalChangeResult(GoalChangeStatus.TooMany, goal);
            }

            Update(session, goal, goal with { Status = GoalStatus.CarriedOver }, at);
            var newId = Insert(
                session,
                new NewGoal(coach, into, goal.Title, goal.Serves, goal.Target, goal.Unit, goal.Progress, goal.Milestones, Due: null, startDate, CarriedFrom: goal.Id),
                at);
            return new GoalChangeResult(GoalChangeStatus.Changed, Find(session, coach, newId));
        }, cancellationToken);
    }

    public Task<bool> MarkOfferedAsync(string coach, GoalOffer offer, SchoolYear year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        ArgumentNullException.ThrowIfNull(year);
        return database.WriteAsync(session => session.Execute(
            "INSERT INTO goal_offers (coach, offer, year_start) VALUES ($coach, $offer, $year) ON CONFLICT DO NOTHING;",
            ("$coach", coach), ("$offer", OfferValue(offer)), ("$year", Date(year.Start))) == 1, cancellationToken);
    }

    public Task<bool> WasOfferedAsync(string coach, GoalOffer offer, SchoolYear year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        ArgumentNullException.ThrowIfNull(year);
        return database.ReadAsync(session => session.Scalar(
            "SELECT 1 FROM goal_offers WHERE coach = $coach AND offer = $offer AND year_start = $year;",
            ("$coach", coach), ("$offer", OfferValue(offer)), ("$year", Date(year.Start))) is not null, cancellationToken);
    }

    public Task<bool> LinkReflectionAsync(string coach, long goalId, LinkedReflection link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        ArgumentNullException.ThrowIfNull(link);
        return database.WriteAsync(session =>
        {
            var linkable = session.Scalar(
                """
                SELECT 1 FROM goals g WHERE g.id = $id AND g.coach = $coach AND (g.status = 'active'
                    OR EXISTS (SELECT 1 FROM goal_reflection_links l WHERE l.goal_id = g.id AND l.coach = $coach AND l.reflection_id = $reflection));
                """,
                ("$id", goalId), ("$coach", coach), ("$reflection", link.ReflectionId));
            if (linkable is null)
            {
                return false;
            }

            session.Execute(
                "DELETE FROM goal_reflection_links WHERE coach = $coach AND reflection_id = $reflection AND goal_id <> $id;",
                ("$coach", coach), ("$reflection", link.ReflectionId), ("$id", goalId));
            session.Execute(
                """
                INSERT INTO goal_reflection_links (goal_id, reflection_id, coach, linked_at, excerpt) VALUES ($id, $reflection, $coach, $at, $excerpt)
                ON CONFLICT (goal_id, reflection_id) DO UPDATE SET linked_at = excluded.linked_at, excerpt = excluded.excerpt;
                """,
                ("$id", goalId), ("$reflection", link.ReflectionId), ("$coach", coach), ("$at", link.LinkedAt.ToUnixTimeMilliseconds()), ("$excerpt", link.Excerpt));
            return true;
        }, cancellationToken);
    }

    public Task<Goal?> FindReflectionGoalAsync(string coach, string reflectionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        ArgumentNullException.ThrowIfNull(reflectionId);
        return database.ReadAsync(session =>
        {
            var goalId = session.Scalar(
                "SELECT goal_id FROM goal_reflection_links WHERE coach = $coach AND reflection_id = $reflection ORDER BY linked_at DESC, goal_id LIMIT 1;",
                ("$coach", coach), ("$reflection", reflectionId));
            return goalId is null ? null : Find(session, coach, Convert.ToInt64(goalId, CultureInfo.InvariantCulture));
        }, cancellationToken);
    }

    public Task RemoveReflectionLinksAsync(string coach, string reflectionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        ArgumentNullException.ThrowIfNull(reflectionId);
        return database.WriteAsync(session => session.Execute(
            "DELETE FROM goal_reflection_links WHERE coach = $coach AND reflection_id = $reflection;",
            ("$coach", coach), ("$reflection", reflectionId)), cancellationToken);
    }

    public Task RemoveAllReflectionLinksAsync(string coach, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        // The excerpts are the coach's words: deleted with secure_delete, like the reflections themselves.
        return database.WriteAsync(
            session => SecureDelete.Run(session, () => session.Execute("DELETE FROM goal_reflection_links WHERE coach = $coach;", ("$coach", coach))),
            cancellationToken);
    }

    private static Goal? Find(SqliteSession session, string coach, long id)
    {
        using var reader = session.Query($"SELECT {GoalColumns} {GoalFrom} WHERE g.id = $id AND g.coach = $coach;", ("$id", id), ("$coach", coach));
        return reader.Read() ? Read(reader) : null;
    }

    private static long ActiveCount(SqliteSession session, string coach, SchoolYear year) =>
        Convert.ToInt64(
            session.Scalar("SELECT COUNT(*) FROM goals WHERE coach = $coach AND year_start = $year AND status = 'active';", ("$coach", coach), ("$year", Date(year.Start))),
            CultureInfo.InvariantCulture);

    private static long Insert(SqliteSession session, NewGoal goal, DateTimeOffset at)
    {
        var when = at.ToUnixTimeMilliseconds();
        return Convert.ToInt64(session.Scalar(
            """
            INSERT INTO goals (coach, year_start, year_end, year_label, title, serves, target, unit, progress, milestones, due, status, start_date,
                created_at, updated_at, carried_from, version)
            VALUES ($coach, $year_start, $year_end, $year_label, $title, $serves, $target, $unit, $progress, $milestones, $due, 'active', $start,
                $at, $at, $carried_from, 1)
            RETURNING id;
            """,
            ("$coach", goal.Coach), ("$year_start", Date(goal.Year.Start)), ("$year_end", Date(goal.Year.End)), ("$year_label", goal.Year.Label),
            ("$title", goal.Title), ("$serves", goal.Serves), ("$target", goal.Target), ("$unit", goal.Unit), ("$progress", goal.Progress),
            ("$milestones", Milestones(goal.Milestones)), ("$due", goal.Due is { } due ? Date(due) : null), ("$start", Date(goal.StartDate)),
            ("$at", when), ("$carried_from", goal.CarriedFrom)), CultureInfo.InvariantCulture);
    }

    private static void Update(SqliteSession session, Goal before, Goal after, DateTimeOffset at) =>
        session.Execute(
            """
            UPDATE goals SET title = $title, serves = $serves, target = $target, unit = $unit, progress = $progress, milestones = $milestones, due = $due,
                status = $status, done_at = $done_at, last_progress_at = $last_progress_at, updated_at = $at, version = version + 1
            WHERE id = $id AND coach = $coach AND version = $version;
            """,
            ("$title", after.Title), ("$serves", after.Serves), ("$target", after.Target), ("$unit", after.Unit), ("$progress", after.Progress),
            ("$milestones", Milestones(after.Milestones)), ("$due", after.Due is { } due ? Date(due) : null), ("$status", StatusValue(after.Status)),
            ("$done_at", after.DoneAt?.ToUnixTimeMilliseconds()), ("$last_progress_at", after.LastProgressAt?.ToUnixTimeMilliseconds()),
            ("$at", at.ToUnixTimeMilliseconds()), ("$id", before.Id), ("$coach", before.Coach), ("$version", before.Version));

    private static Goal Read(SqliteDataReader reader)
    {
        var yearStart = ParseDate(reader.GetString(2));
        return new Goal
        {
            Id = reader.GetInt64(0),
            Coach = reader.GetString(1),
            Year = new SchoolYear(yearStart, ParseDate(reader.GetString(3)), reader.GetString(4)),
            Title = reader.GetString(5),
            Serves = reader.GetString(6),
            Target = reader.IsDBNull(7) ? null : reader.GetInt32(7),
            Unit = reader.IsDBNull(8) ? null : reader.GetString(8),
            Progress = reader.GetInt32(9),
            Milestones = reader.IsDBNull(10) ? [] : ReadMilestones(reader.GetString(10)),
            Due = reader.IsDBNull(11) ? null : ParseDate(reader.GetString(11)),
            Status = ParseStatus(reader.GetString(12)),
            StartDate = ParseDate(reader.GetString(13)),
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(14)),
            UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(15)),
            DoneAt = reader.IsDBNull(16) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(16)),
            CarriedFrom = reader.IsDBNull(17) ? null : reader.GetInt64(17),
            LastProgressAt = reader.IsDBNull(18) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(18)),
            Version = reader.GetInt32(19),
            LastReflection = reader.IsDBNull(20) ? null
                : new LinkedReflection(reader.GetString(20), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(21)), reader.GetString(22)),
        };
    }

    private static string? Milestones(IReadOnlyList<Milestone> milestones) =>
        milestones.Count == 0
            ? null
            : JsonSerializer.Serialize(
                milestones.Select(m => new StoredMilestone(m.Text, m.DoneOn is { } done ? Date(done) : null)).ToList(),
                GoalsStorageJsonContext.Default.ListStoredMilestone);

    private static List<Milestone> ReadMilestones(string json) =>
        [.. (JsonSerializer.Deserialize(json, GoalsStorageJsonContext.Default.ListStoredMilestone) ?? [])
            .Select(m => new Milestone(m.Text, m.DoneOn is { } done ? ParseDate(done) : null))];

    private static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    private static string StatusValue(GoalStatus status) => status switch
    {
        GoalStatus.Active => "active",
        GoalStatus.Done => "done",
        GoalStatus.Archived => "archived",
        GoalStatus.CarriedOver => "carried_over",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static GoalStatus ParseStatus(string value) => value switch
    {
        "done" => GoalStatus.Done,
        "archived" => GoalStatus.Archived,
        "carried_over" => GoalStatus.CarriedOver,
        _ => GoalStatus.Active,
    };

    private static string OfferValue(GoalOffer offer) => offer == GoalOffer.SetGoals ? "set_goals" : "carry_over";
}

/// <summary>A milestone as stored in a goal's <c>milestones</c> JSON list.</summary>
public sealed record StoredMilestone(string Text, string? DoneOn);

/// <summary>Serializer of the goal store's JSON columns.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<StoredMilestone>))]
public sealed partial class GoalsStorageJsonContext : JsonSerializerContext;
