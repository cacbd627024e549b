using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.School;
using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.Coverage;

/// <summary><see cref="ICoverageStore"/> on the <c>coverage</c> table.</summary>
public sealed class SqliteCoverageStore(SqliteDatabase database) : ICoverageStore
{
    private const string Columns = "aad_object_id, roles, schools, updated_by, updated_at";

    public Task<CoachCoverage?> FindAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (!AadObjectIds.TryNormalize(aadObjectId, out var id))
        {
            return Task.FromResult<CoachCoverage?>(null);
        }

        return database.ReadAsync(session =>
        {
            using var reader = session.Query($"SELECT {Columns} FROM coverage WHERE aad_object_id = $id;", ("$id", id));
            return reader.Read() ? Read(reader) : null;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<CoachCoverage>> ListAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<CoachCoverage>>(session =>
        {
            using var reader = session.Query($"SELECT {Columns} FROM coverage ORDER BY aad_object_id;");
            var all = new List<CoachCoverage>();
            while (reader.Read())
            {
                all.Add(Read(reader));
            }

            return all;
        }, cancellationToken);

    public Task SaveAsync(CoachCoverage coverage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        if (!AadObjectIds.TryNormalize(coverage.AadObjectId, out var id))
        {
            throw new ArgumentException("Coverage belongs to an Entra (AAD) object id (a GUID).", nameof(coverage));
        }

        return database.WriteAsync(session => session.Execute(
            """
            INSERT INTO coverage (aad_object_id, roles, schools, updated_by, updated_at) VALUES ($id, $roles, $schools, $by, $at)
            ON CONFLICT (aad_object_id) DO UPDATE SET roles = excluded.roles, schools = excluded.schools,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at;
            """,
            ("$id", id), ("$roles", string.Join(',', coverage.RoleIds)), ("$schools", string.Join('\n', coverage.Schools)),
            ("$by", coverage.UpdatedBy), ("$at", coverage.UpdatedAt.ToUnixTimeMilliseconds())), cancellationToken);
    }

    private static CoachCoverage Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1).Split(',', StringSplitOptions.RemoveEmptyEntries),
        reader.GetString(2).Split('\n', StringSplitOptions.RemoveEmptyEntries),
        reader.GetString(3),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)));
}
