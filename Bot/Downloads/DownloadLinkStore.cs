using CoachBot.Bot.Storage;
using CoachBot.Dialogs.OwnData;
using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.Downloads;

/// <summary>A link as stored (no token: only its hash identifies it).</summary>
public sealed record StoredDownloadLink(
    long Id,
    DownloadRequest Request,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? UsedAt,
    DateTimeOffset? ReplacedAt);

/// <summary>The <c>download_links</c> table (<see cref="DownloadsStorageArea"/>).</summary>
public sealed class DownloadLinkStore(SqliteDatabase database)
{
    /// <summary>How long a link's row is kept after it expired (so a late click can still be told "expired", not "unknown").</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    private const string Columns = "id, owner_id, kind, time_zone, created_at, expires_at, used_at, replaced_at";

    /// <summary>
    /// Saves a new link in one write: the owner's live link of the same kind is marked replaced, and rows that expired more
    /// than <see cref="KeepFor"/> ago are deleted. Returns the new link's id.
    /// </summary>
    public Task<long> AddAsync(byte[] tokenHash, DownloadRequest request, DateTimeOffset createdAt, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        ArgumentNullException.ThrowIfNull(request);
        var now = createdAt.ToUnixTimeMilliseconds();
        return database.WriteAsync(session =>
        {
            session.Execute("DELETE FROM download_links WHERE expires_at < $before;", ("$before", (createdAt - KeepFor).ToUnixTimeMilliseconds()));
            session.Execute(
                """
                UPDATE download_links SET replaced_at = $now
                WHERE owner_id = $owner AND kind = $kind AND used_at IS NULL AND replaced_at IS NULL AND expires_at > $now;
                """,
                ("$owner", request.OwnerId), ("$kind", request.Kind), ("$now", now));
            return (long)session.Scalar(
                """
                INSERT INTO download_links (token_hash, owner_id, kind, time_zone, created_at, expires_at)
                VALUES ($hash, $owner, $kind, $zone, $now, $expires)
                RETURNING id;
                """,
                ("$hash", tokenHash), ("$owner", request.OwnerId), ("$kind", request.Kind), ("$zone", request.TimeZoneId),
                ("$now", now), ("$expires", expiresAt.ToUnixTimeMilliseconds()))!;
        }, cancellationToken);
    }

    public Task<StoredDownloadLink?> FindAsync(byte[] tokenHash, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            using var reader = session.Query($"SELECT {Columns} FROM download_links WHERE token_hash = $hash;", ("$hash", tokenHash));
            return reader.Read() ? Read(reader) : null;
        }, cancellationToken);

    /// <summary>Marks the link used, if it still works at <paramref name="now"/>; false when it was used, replaced or expired meanwhile.</summary>
    public Task<bool> TryUseAsync(long id, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Execute(
                "UPDATE download_links SET used_at = $now WHERE id = $id AND used_at IS NULL AND replaced_at IS NULL AND expires_at > $now;",
                ("$id", id), ("$now", now.ToUnixTimeMilliseconds())) == 1,
            cancellationToken);

    public Task<StoredDownloadLink?> FindByIdAsync(long id, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            using var reader = session.Query($"SELECT {Columns} FROM download_links WHERE id = $id;", ("$id", id));
            return reader.Read() ? Read(reader) : null;
        }, cancellationToken);

    private static StoredDownloadLink Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        new DownloadRequest(reader.GetString(2), reader.GetString(1), reader.GetString(3)),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
        reader.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
        reader.IsDBNull(7) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)));
}
