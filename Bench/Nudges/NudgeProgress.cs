using Microsoft.Data.Sqlite;

namespace CoachBot.Bench.Nudges;

/// <summary>
/// Reads the run's database beside the host (WAL: a reader never blocks it): how many nudge jobs for the run's week are
/// still to run (pending and due by then, or running under a lease), and the sent-nudges table by status.
/// </summary>
internal static class NudgeProgress
{
    public static async Task<long> OpenJobsAsync(string databasePath, DateTimeOffset dueBy, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(databasePath, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*) FROM jobs
            WHERE kind = 'nudge.send' AND (status = 'running' OR (status = 'pending' AND due_at <= $dueBy));
            """;
        command.Parameters.AddWithValue("$dueBy", dueBy.ToUnixTimeMilliseconds());
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
    }

    /// <summary>"sent=…, claimed=…" of <c>nudges_sent</c>, the attempts over 1 (claims taken again), and failed nudge jobs.</summary>
    public static async Task<string> DescribeAsync(string databasePath, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(databasePath, cancellationToken);
        var parts = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT status, COUNT(*), SUM(attempts - 1) FROM nudges_sent GROUP BY status ORDER BY status;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                parts.Add(FormattableString.Invariant($"{reader.GetString(0)}={reader.GetInt64(1)} (extra attempts {reader.GetInt64(2)})"));
            }
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT status, COUNT(*) FROM jobs WHERE kind = 'nudge.send' GROUP BY status ORDER BY status;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var jobs = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                jobs.Add(FormattableString.Invariant($"{reader.GetString(0)}={reader.GetInt64(1)}"));
            }

            parts.Add("jobs: " + string.Join(' ', jobs));
        }

        return "nudges_sent: " + string.Join(", ", parts);
    }

    private static async Task<SqliteConnection> OpenAsync(string databasePath, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout=5000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
