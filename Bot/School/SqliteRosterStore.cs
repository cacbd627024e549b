using CoachBot.Bot.Storage;
using CoachBot.Dialogs.School;
using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.School;

/// <summary>
/// <see cref="IRosterStore"/> on the <c>roster_*</c> tables. Ids must already be canonical (see <see cref="AadObjectIds"/>).
/// Queries run on the database's readers; each change (with its history row and, for revokes, the last-admin check) is one
/// <see cref="SqliteDatabase.WriteAsync{T}"/> unit, so it is atomic.
/// </summary>
public sealed class SqliteRosterStore(SqliteDatabase database) : IRosterStore
{
    private const string MemberColumns = "m.aad_object_id, m.teams_id, m.display_name, g.role, g.granted_by, g.granted_at";

    public async Task<RosterEntry?> FindAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var id = Canonical(aadObjectId);
        var entries = await database.ReadAsync(session => ReadEntries(session.Query(
            $"""
            SELECT {MemberColumns} FROM roster_members m LEFT JOIN roster_grants g ON g.aad_object_id = m.aad_object_id
            WHERE m.aad_object_id = $id ORDER BY g.granted_at;
            """,
            ("$id", id))), cancellationToken);
        return entries.Count == 0 ? null : entries[0];
    }

    public Task<IReadOnlyList<RosterEntry>> ListAsync(CoachingRole role, CancellationToken cancellationToken)
    {
        // One SQL text per role (the roles that satisfy it are fixed), so the statements stay cached.
        var filter = "";
        var parameters = new List<(string Name, object? Value)>();
        if (role != CoachingRole.Teacher)
        {
            var roles = CoachingRoles.Grantable.Where(held => held.Satisfies(role)).ToList();
            for (var i = 0; i < roles.Count; i++)
            {
                parameters.Add(($"$r{i}", roles[i].ToStorageValue()));
            }

            filter = $"WHERE m.aad_object_id IN (SELECT aad_object_id FROM roster_grants WHERE role IN ({string.Join(", ", parameters.Select(p => p.Name))}))";
        }

        var sql = $"""
            SELECT {MemberColumns} FROM roster_members m LEFT JOIN roster_grants g ON g.aad_object_id = m.aad_object_id
            {filter}
            ORDER BY m.display_name COLLATE NOCASE, m.aad_object_id, g.granted_at;
            """;
        var values = parameters.ToArray();
        return database.ReadAsync<IReadOnlyList<RosterEntry>>(session => ReadEntries(session.Query(sql, values)), cancellationToken);
    }

    public async Task<RosterWriteResult> GrantAsync(RosterMember member, CoachingRole role, string grantedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var id = Canonical(member.AadObjectId);
        var storedRole = role.ToStorageValue();
        var when = at.ToUnixTimeMilliseconds();
        var canonicalMember = member with { AadObjectId = id };
        return await database.WriteAsync(session =>
        {
            session.Execute(
                """
                INSERT INTO roster_members (aad_object_id, teams_id, display_name, seen_at) VALUES ($id, $teams, $name, $at)
                ON CONFLICT (aad_object_id) DO UPDATE SET
                    teams_id = COALESCE(excluded.teams_id, teams_id),
                    display_name = COALESCE(excluded.display_name, display_name),
                    seen_at = excluded.seen_at;
                """,
                MemberParameters(canonicalMember, when));
            if (session.Execute(
                """
                INSERT INTO roster_grants (aad_object_id, role, granted_by, granted_at) VALUES ($id, $role, $by, $at)
                ON CONFLICT DO NOTHING;
                """,
                ("$id", id), ("$role", storedRole), ("$by", grantedBy), ("$at", when)) == 0)
            {
                return RosterWriteResult.Unchanged;
            }

            RecordChange(session, id, storedRole, "grant", grantedBy, when);
            return RosterWriteResult.Changed;
        }, cancellationToken);
    }

    public async Task<RosterWriteResult> RevokeAsync(string aadObjectId, CoachingRole role, string revokedBy, DateTimeOffset at, bool keepOneAdmin, CancellationToken cancellationToken)
    {
        var id = Canonical(aadObjectId);
        var storedRole = role.ToStorageValue();
        var when = at.ToUnixTimeMilliseconds();
        return await database.WriteAsync(session =>
        {
            if (role == CoachingRole.Admin && keepOneAdmin)
            {
                var otherAdmins = Convert.ToInt64(
                    session.Scalar("SELECT COUNT(*) FROM roster_grants WHERE role = 'admin' AND aad_object_id <> $id;", ("$id", id)),
                    System.Globalization.CultureInfo.InvariantCulture);
                if (otherAdmins == 0
                    && session.Scalar("SELECT 1 FROM roster_grants WHERE aad_object_id = $id AND role = $role;", ("$id", id), ("$role", storedRole)) is not null)
                {
                    return RosterWriteResult.LastAdmin;
                }
            }

            if (session.Execute("DELETE FROM roster_grants WHERE aad_object_id = $id AND role = $role;", ("$id", id), ("$role", storedRole)) == 0)
            {
                return RosterWriteResult.Unchanged;
            }

            RecordChange(session, id, storedRole, "revoke", revokedBy, when);
            return RosterWriteResult.Changed;
        }, cancellationToken);
    }

    public async Task RecordSeenAsync(RosterMember member, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (!AadObjectIds.TryNormalize(member.AadObjectId, out var id))
        {
            return;
        }

        var parameters = MemberParameters(member with { AadObjectId = id }, at.ToUnixTimeMilliseconds());
        await database.WriteAsync(session => session.Execute(
            """
            UPDATE roster_members SET teams_id = COALESCE($teams, teams_id), display_name = COALESCE($name, display_name), seen_at = $at
            WHERE aad_object_id = $id AND (($teams IS NOT NULL AND teams_id IS NOT $teams) OR ($name IS NOT NULL AND display_name IS NOT $name));
            """,
            parameters), cancellationToken);
    }

    public async Task<IReadOnlyList<RosterChange>> GetHistoryAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var id = Canonical(aadObjectId);
        return await database.ReadAsync<IReadOnlyList<RosterChange>>(session =>
        {
            using var reader = session.Query(
                "SELECT role, action, changed_by, changed_at FROM roster_changes WHERE aad_object_id = $id ORDER BY id;", ("$id", id));
            var changes = new List<RosterChange>();
            while (reader.Read())
            {
                if (CoachingRoles.FromStorageValue(reader.GetString(0)) is { } role)
                {
                    changes.Add(new RosterChange(id, role, reader.GetString(1) == "grant", reader.GetString(2),
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
                }
            }

            return changes;
        }, cancellationToken);
    }

    private static string Canonical(string aadObjectId) =>
        AadObjectIds.TryNormalize(aadObjectId, out var id)
            ? id
            : throw new ArgumentException("An Entra (AAD) object id (a GUID) is required.", nameof(aadObjectId));

    private static List<RosterEntry> ReadEntries(SqliteDataReader reader)
    {
        using var _ = reader;
        var entries = new List<RosterEntry>();
        RosterMember? member = null;
        var grants = new List<RoleGrant>();
        while (reader.Read())
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

    private static (string Name, object? Value)[] MemberParameters(RosterMember member, long at) =>
    [
        ("$id", member.AadObjectId),
        ("$teams", string.IsNullOrWhiteSpace(member.TeamsId) ? null : member.TeamsId.Trim()),
        ("$name", string.IsNullOrWhiteSpace(member.DisplayName) ? null : member.DisplayName.Trim()),
        ("$at", at),
    ];

    private static void RecordChange(SqliteSession session, string id, string role, string action, string by, long at) =>
        session.Execute(
            "INSERT INTO roster_changes (aad_object_id, role, action, changed_by, changed_at) VALUES ($id, $role, $action, $by, $at);",
            ("$id", id), ("$role", role), ("$action", action), ("$by", by), ("$at", at));
}
