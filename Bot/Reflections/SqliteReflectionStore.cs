using System.Text;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.Reflections;
using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.Reflections;

/// <summary>
/// <see cref="IReflectionStore"/> on the <c>reflections</c> table. Every statement has <c>coach_id = $coach</c> in its
/// WHERE clause, so no call can read, change or delete another coach's row. Fixed SQL texts (filters are parameters
/// that may be NULL), so the statements stay prepared on the database's pooled connections.
/// </summary>
public sealed class SqliteReflectionStore(SqliteDatabase database) : IReflectionStore
{
    private const string Columns = "id, coach_id, kind, text, roles, roles_guessed, went_well, next_step, minutes, at, time_zone, local_date, week_start, edited_at";

    private const string Filter = """
        coach_id = $coach
          AND ($week IS NULL OR week_start = $week)
          AND ($role IS NULL OR roles LIKE $role ESCAPE '\')
          AND ($kind IS NULL OR kind = $kind)
          AND ($words IS NULL OR search LIKE $words ESCAPE '\')
        """;

    private const string ListSql = $"""
        SELECT {Columns} FROM reflections
        WHERE {Filter}
          AND ($beforeAt IS NULL OR at < $beforeAt OR (at = $beforeAt AND id < $beforeId))
        ORDER BY at DESC, id DESC
        LIMIT $limit;
        """;

    private const string CountSql = $"""
        SELECT COUNT(*), COALESCE(SUM(CASE WHEN $beforeAt IS NOT NULL AND (at > $beforeAt OR (at = $beforeAt AND id >= $beforeId)) THEN 1 ELSE 0 END), 0)
        FROM reflections WHERE {Filter};
        """;

    public async Task<CoachReflection> AddAsync(string coachId, ReflectionContent content, ReflectionTime time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(coachId);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(time);
        var id = await database.WriteAsync(session =>
        {
            using var reader = session.Query(
                """
                INSERT INTO reflections (coach_id, kind, text, roles, roles_guessed, went_well, next_step, minutes, at, time_zone, local_date, week_start, edited_at, search)
                VALUES ($coach, $kind, $text, $roles, $guessed, $wentWell, $nextStep, $minutes, $at, $zone, $date, $week, NULL, $search)
                RETURNING id;
                """,
                [("$coach", coachId), ("$at", time.At.ToUnixTimeMilliseconds()), ("$zone", time.TimeZoneId), ("$date", Date(time.LocalDate)), ("$week", Date(time.WeekStart)), .. ContentParameters(content)]);
            reader.Read();
            return reader.GetInt64(0);
        }, cancellationToken);
        return new CoachReflection(id, coachId, content, time, null);
    }

    public Task<CoachReflection?> FindAsync(string coachId, long id, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            using var reader = session.Query($"SELECT {Columns} FROM reflections WHERE id = $id AND coach_id = $coach;", ("$id", id), ("$coach", coachId));
            return reader.Read() ? ReadReflection(reader) : null;
        }, cancellationToken);

    public async Task<CoachReflection?> UpdateAsync(string coachId, long id, ReflectionContent content, DateTimeOffset editedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        return await database.WriteAsync(session =>
        {
            using var reader = session.Query(
                $"""
                UPDATE reflections SET kind = $kind, text = $text, roles = $roles, roles_guessed = $guessed, went_well = $wentWell,
                    next_step = $nextStep, minutes = $minutes, search = $search, edited_at = $editedAt
                WHERE id = $id AND coach_id = $coach
                RETURNING {Columns};
                """,
                [("$id", id), ("$coach", coachId), ("$editedAt", editedAt.ToUnixTimeMilliseconds()), .. ContentParameters(content)]);
            return reader.Read() ? ReadReflection(reader) : null;
        }, cancellationToken);
    }

    public Task<bool> DeleteAsync(string coachId, long id, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Execute("DELETE FROM reflections WHERE id = $id AND coach_id = $coach;", ("$id", id), ("$coach", coachId)) == 1,
            cancellationToken);

    public Task<int?> DeleteAllAsync(string coachId, int expectedCount, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(coachId);
        return database.WriteAsync<int?>(session =>
        {
            var count = Convert.ToInt32(session.Scalar("SELECT COUNT(*) FROM reflections WHERE coach_id = $coach;", ("$coach", coachId)), System.Globalization.CultureInfo.InvariantCulture);
            return count != expectedCount
                ? null
                : SecureDelete.Run(session, () => session.Execute("DELETE FROM reflections WHERE coach_id = $coach;", ("$coach", coachId)));
        }, cancellationToken);
    }

    public Task<ReflectionPage> ListAsync(string coachId, ReflectionQuery query, ReflectionCursor? before, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        (string, object?)[] filter =
        [
            ("$coach", coachId),
            ("$week", query.WeekStart is { } week ? Date(week) : null),
            ("$role", query.RoleId is { } role ? $"%,{Escape(role)},%" : null),
            ("$kind", query.Kind is { } kind ? Kind(kind) : null),
            ("$words", string.IsNullOrWhiteSpace(query.Words) ? null : $"%{Escape(query.Words.Trim().ToLowerInvariant())}%"),
            ("$beforeAt", before?.AtMilliseconds),
            ("$beforeId", before?.Id),
        ];
        return database.ReadAsync(session =>
        {
            var items = new List<CoachReflection>();
            using (var reader = session.Query(ListSql, [.. filter, ("$limit", limit + 1)]))
            {
                while (reader.Read())
                {
                    items.Add(ReadReflection(reader));
                }
            }

            int total, newer;
            using (var reader = session.Query(CountSql, filter))
            {
                reader.Read();
                total = reader.GetInt32(0);
                newer = reader.GetInt32(1);
            }

            ReflectionCursor? next = null;
            if (items.Count > limit)
            {
                items.RemoveAt(items.Count - 1);
                var last = items[^1];
                next = new ReflectionCursor(last.Time.At.ToUnixTimeMilliseconds(), last.Id);
            }

            return new ReflectionPage(items, total, newer, next);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ReflectionFigure>> FiguresAsync(string coachId, DateOnly from, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<ReflectionFigure>>(session =>
        {
            using var reader = session.Query(
                "SELECT kind = 'diverted', roles, minutes, local_date, week_start FROM reflections WHERE coach_id = $coach AND local_date >= $from;",
                ("$coach", coachId), ("$from", Date(from)));
            var figures = new List<ReflectionFigure>();

            // A coach uses a few combinations of roles over and over: each is split once.
            var combinations = new Dictionary<string, string[]>(StringComparer.Ordinal);
            while (reader.Read())
            {
                var roles = reader.GetString(1);
                if (!combinations.TryGetValue(roles, out var split))
                {
                    split = ReadRoles(roles);
                    combinations[roles] = split;
                }

                figures.Add(new ReflectionFigure(
                    reader.GetInt64(0) == 1 ? ReflectionKind.Diverted : ReflectionKind.Coaching,
                    split,
                    reader.IsDBNull(2) ? null : reader.GetInt32(2),
                    ReadDate(reader, 3),
                    ReadDate(reader, 4)));
            }

            return figures;
        }, cancellationToken);

    public Task<IReadOnlyList<TeamMinutes>> TeamMinutesAsync(DateOnly from, DateOnly through, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<TeamMinutes>>(session =>
        {
            // Summed in SQL from ix_reflections_date; the coach id only groups the sums and becomes a number here.
            using var reader = session.Query(
                """
                SELECT coach_id, kind = 'diverted', roles, SUM(minutes) FROM reflections
                WHERE local_date BETWEEN $from AND $to AND minutes > 0
                GROUP BY coach_id, kind = 'diverted', roles;
                """,
                ("$from", Date(from)), ("$to", Date(through)));
            var sums = new List<TeamMinutes>();
            var coaches = new Dictionary<string, int>(StringComparer.Ordinal);
            var combinations = new Dictionary<string, string[]>(StringComparer.Ordinal);
            while (reader.Read())
            {
                var coach = reader.GetString(0);
                if (!coaches.TryGetValue(coach, out var number))
                {
                    coaches[coach] = number = coaches.Count;
                }

                var roles = reader.GetString(2);
                if (!combinations.TryGetValue(roles, out var split))
                {
                    combinations[roles] = split = ReadRoles(roles);
                }

                sums.Add(new TeamMinutes(number, reader.GetInt64(1) == 1 ? ReflectionKind.Diverted : ReflectionKind.Coaching, split, reader.GetInt64(3)));
            }

            return sums;
        }, cancellationToken);

    public Task<IReadOnlyList<DateOnly>> ReflectionWeeksAsync(string coachId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<DateOnly>>(session =>
        {
            using var reader = session.Query(
                "SELECT DISTINCT week_start FROM reflections WHERE coach_id = $coach AND kind = 'coaching' ORDER BY week_start DESC;",
                ("$coach", coachId));
            var weeks = new List<DateOnly>();
            while (reader.Read())
            {
                weeks.Add(ReadDate(reader, 0));
            }

            return weeks;
        }, cancellationToken);

    private static (string, object?)[] ContentParameters(ReflectionContent content) =>
    [
        ("$kind", Kind(content.Kind)),
        ("$text", content.Text),
        ("$roles", content.Roles.Count == 0 ? string.Empty : $",{string.Join(',', content.Roles)},"),
        ("$guessed", content.RolesGuessed ? 1 : 0),
        ("$wentWell", content.WentWell),
        ("$nextStep", content.NextStep),
        ("$minutes", content.Minutes),
        ("$search", Search(content)),
    ];

    private static CoachReflection ReadReflection(SqliteDataReader reader)
    {
        var content = new ReflectionContent(
            ReadKind(reader.GetString(2)),
            reader.GetString(3),
            ReadRoles(reader.GetString(4)),
            reader.GetInt64(5) == 1,
            reader.IsDBNull(6) ? null : reader.GetString(6),
            reader.IsDBNull(7) ? null : reader.GetString(7),
            reader.IsDBNull(8) ? null : reader.GetInt32(8));
        var time = new ReflectionTime(
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
            reader.GetString(10),
            ReadDate(reader, 11),
            ReadDate(reader, 12));
        return new CoachReflection(
            reader.GetInt64(0),
            reader.GetString(1),
            content,
            time,
            reader.IsDBNull(13) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(13)));
    }

    private static string Kind(ReflectionKind kind) => kind == ReflectionKind.Diverted ? "diverted" : "coaching";

    private static ReflectionKind ReadKind(string value) => value == "diverted" ? ReflectionKind.Diverted : ReflectionKind.Coaching;

    private static string[] ReadRoles(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static int Date(DateOnly date) => date.DayNumber;

    private static DateOnly ReadDate(SqliteDataReader reader, int ordinal) => DateOnly.FromDayNumber(reader.GetInt32(ordinal));

    /// <summary>The words "my reflections padlet" looks in: all three texts, lower case.</summary>
    private static string Search(ReflectionContent content) =>
        string.Join('\n', new[] { content.Text, content.WentWell, content.NextStep }.Where(text => !string.IsNullOrEmpty(text))).ToLowerInvariant();

    /// <summary>Escapes LIKE's wildcards (with '\' as the escape character).</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '%' or '_' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
