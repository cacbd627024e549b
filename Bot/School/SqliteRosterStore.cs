using CoachBot.Bot.Storage;
using CoachBot.Dialogs.School;
using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.School;

/// <summary><see cref="IRosterStore"/> on the <c>roster_*</c> tables. Ids must already be canonical (see <see cref="AadObjectIds"/>).</summary>
public sealed class SqliteRosterStore(SqliteDatabase database) : IRosterStore
{
    private const string MemberColumns = "m.aad_object_id, m.teams_id, m.display_name, g.role, g.granted_by, g.granted_at";

    public async Task<RosterEntry?> FindAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var id = Canonical(aadObjectId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {MemberColumns} FROM roster_members m LEFT JOIN roster_grants g ON g.aad_object_id = m.aad_object_id
            WHERE m.aad_object_id = $id ORDER BY g.granted_at;
            """;
        command.Parameters.AddWithValue("$id", id);
        var entries = await ReadEntriesAsync(command, cancellationToken);
        return entries.Count == 0 ? null : entries[0];
    }

    public async Task<IReadOnlyList<RosterEntry>> ListAsync(CoachingRole role, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var filter = "";
        if (role != CoachingRole.Teacher)
        {
            var roles = CoachingRoles.Grantable.Where(held => held.Satisfies(role)).ToList();
            var names = new List<string>();
            for (var i = 0; i < roles.Count; i++)
            {
                names.Add($"$r{i}");
                command.Parameters.AddWithValue($"$r{i}", roles[i].ToStorageValue());
            }

            filter = $"WHERE m.aad_object_id IN (SELECT aad_object_id FROM roster_grants WHERE role IN ({string.Join(", ", names)}))";
        }

        command.CommandText = $"""
            SELECT {MemberColumns} FROM roster_members m LEFT JOIN roster_grants g ON g.aad_object_id = m.aad_object_id
            {filter}
            ORDER BY m.display_name COLLATE NOCASE, m.aad_object_id, g.granted_at;
            """;
        return await ReadEntriesAsync(command, cancellationToken);
    }

    public async Task<RosterWriteResult> GrantAsync(RosterMember member, CoachingRole role, string grantedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var id = Canonical(member.AadObjectId);
        var storedRole = role.ToStorageValue();
        var when = at.ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        await UpsertMemberAsync(connection, transaction, member with { AadObjectId = id }, when, cancellationToken);

        await using var grant = Command(connection, transaction, """
            INSERT INTO roster_grants (aad_object_id, role, granted_by, granted_at) VALUES ($id, $role, $by, $at)
            ON CONFLICT DO NOTHING;
            """);
        grant.Parameters.AddWithValue("$id", id);
        grant.Parameters.AddWithValue("$role", storedRole);
        grant.Parameters.AddWithValue("$by", grantedBy);
        grant.Parameters.AddWithValue("$at", when);
        if (await grant.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return RosterWriteResult.Unchanged;
        }

        await RecordChangeAsync(connection, transaction, id, storedRole, "grant", grantedBy, when, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RosterWriteResult.Changed;
    }

    public async Task<RosterWriteResult> RevokeAsync(string aadObjectId, CoachingRole role, string revokedBy, DateTimeOffset at, bool keepOneAdmin, CancellationToken cancellationToken)
    {
        var id = Canonical(aadObjectId);
        var storedRole = role.ToStorageValue();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        if (role == CoachingRole.Admin && keepOneAdmin)
        {
            await using var others = Command(connection, transaction,
                "SELECT COUNT(*) FROM roster_grants WHERE role = 'admin' AND aad_object_id <> $id;");
            others.Parameters.AddWithValue("$id", id);
            var otherAdmins = Convert.ToInt64(await others.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (otherAdmins == 0 && await HoldsAsync(connection, transaction, id, storedRole, cancellationToken))
            {
                return RosterWriteResult.LastAdmin;
            }
        }

        await using var delete = Command(connection, transaction, "DELETE FROM roster_grants WHERE aad_object_id = $id AND role = $role;");
        delete.Parameters.AddWithValue("$id", id);
        delete.Parameters.AddWithValue("$role", storedRole);
        if (await delete.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return RosterWriteResult.Unchanged;
        }

        await RecordChangeAsync(connection, transaction, id, storedRole, "revoke", revokedBy, at.ToUnixTimeMilliseconds(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RosterWriteResult.Changed;
    }

    public async Task RecordSeenAsync(RosterMember member, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (!AadObjectIds.TryNormalize(member.AadObjectId, out var id))
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE roster_members SET teams_id = COALESCE($teams, teams_id), display_name = COALESCE($name, display_name), seen_at = $at
            WHERE aad_object_id = $id AND (($teams IS NOT NULL AND teams_id IS NOT $teams) OR ($name IS NOT NULL AND display_name IS NOT $name));
            """;
        AddMemberParameters(command, member with { AadObjectId = id }, at.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RosterChange>> GetHistoryAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var id = Canonical(aadObjectId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT role, action, changed_by, changed_at FROM roster_changes WHERE aad_object_id = $id ORDER BY id;";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<RosterChange>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (CoachingRoles.FromStorageValue(reader.GetString(0)) is { } role)
            {
                changes.Add(new RosterChange(id, role, reader.GetString(1) == "grant", reader.GetString(2),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
            }
        }

        return changes;
    }

    private static string Canonical(string aadObjectId) =>
        AadObjectIds.TryNormalize(aadObjectId, out var id)
            ? id
            : throw new ArgumentException("An Entra (AAD) object id (a GUID) is required.", nameof(aadObjectId));

    private static async Task<List<RosterEntry>> ReadEntriesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<RosterEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        RosterMember? member = null;
        var grants = new List<RoleGrant>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            if (member is null || member.AadObjectId != id)
            {
                if (member is not null)
                {
                    entries.Add(new RosterEntry(member, grants));
                }

                member = new RosterMember(id, reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                grants = [];
            }

            if (!reader.IsDBNull(3) && CoachingRoles.FromStorageValue(reader.GetString(3)) is { } role)
            {
                grants.Add(new RoleGrant(role, reader.GetString(4), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5))));
            }
        }

        if (member is not null)
        {
            entries.Add(new RosterEntry(member, grants));
        }

        return entries;
    }

    private static async Task UpsertMemberAsync(SqliteConnection connection, SqliteTransaction transaction, RosterMember member, long at, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, """
            INSERT INTO roster_members (aad_object_id, teams_id, display_name, seen_at) VALUES ($id, $teams, $name, $at)
            ON CONFLICT (aad_object_id) DO UPDATE SET
                teams_id = COALESCE(excluded.teams_id, teams_id),
                display_name = COALESCE(excluded.display_name, display_name),
                seen_at = excluded.seen_at;
            """);
        AddMemberParameters(command, member, at);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddMemberParameters(SqliteCommand command, RosterMember member, long at)
    {
        command.Parameters.AddWithValue("$id", member.AadObjectId);
        command.Parameters.AddWithValue("$teams", string.IsNullOrWhiteSpace(member.TeamsId) ? DBNull.Value : member.TeamsId.Trim());
        command.Parameters.AddWithValue("$name", string.IsNullOrWhiteSpace(member.DisplayName) ? DBNull.Value : member.DisplayName.Trim());
        command.Parameters.AddWithValue("$at", at);
    }

    private static async Task<bool> HoldsAsync(SqliteConnection connection, SqliteTransaction transaction, string id, string role, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT 1 FROM roster_grants WHERE aad_object_id = $id AND role = $role;");
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$role", role);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static async Task RecordChangeAsync(SqliteConnection connection, SqliteTransaction transaction, string id, string role, string action, string by, long at, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, """
            INSERT INTO roster_changes (aad_object_id, role, action, changed_by, changed_at) VALUES ($id, $role, $action, $by, $at);
            """);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$role", role);
        command.Parameters.AddWithValue("$action", action);
        command.Parameters.AddWithValue("$by", by);
        command.Parameters.AddWithValue("$at", at);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
