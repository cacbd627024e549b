using CoachBot.Bot.Outbound;

namespace CoachBot.Bot.Storage;

/// <summary><see cref="ITrustedHostStore"/> on the <c>outbound_trusted_hosts</c> table.</summary>
public sealed class SqliteTrustedHostStore(SqliteDatabase database, TimeProvider timeProvider) : ITrustedHostStore
{
    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<string>>(session =>
        {
            using var reader = session.Query("SELECT authority FROM outbound_trusted_hosts ORDER BY authority;");
            var authorities = new List<string>();
            while (reader.Read())
            {
                authorities.Add(reader.GetString(0));
            }

            return authorities;
        }, cancellationToken);

    public Task AddAsync(string authority, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        return database.WriteAsync(
            session => session.Execute(
                "INSERT INTO outbound_trusted_hosts (authority, first_seen_at) VALUES ($authority, $now) ON CONFLICT DO NOTHING;",
                ("$authority", authority), ("$now", now)),
            cancellationToken);
    }
}
