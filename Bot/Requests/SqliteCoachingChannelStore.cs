using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.Requests;

namespace CoachBot.Bot.Requests;

/// <summary><see cref="ICoachingChannelStore"/> on the <c>coaching_channels</c> table (one row per school).</summary>
public sealed class SqliteCoachingChannelStore(SqliteDatabase database) : ICoachingChannelStore
{
    private const string Columns = "school, channel_id, team_id, set_by, set_at";

    public Task<CoachingChannel?> FindAsync(string school, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            using var reader = session.Query($"SELECT {Columns} FROM coaching_channels WHERE school = $school;", ("$school", school));
            return reader.Read() ? Read(reader) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<CoachingChannel>> ListAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<CoachingChannel>>(session =>
        {
            using var reader = session.Query($"SELECT {Columns} FROM coaching_channels ORDER BY school;");
            var list = new List<CoachingChannel>();
            while (reader.Read())
            {
                list.Add(Read(reader));
            }

            return list;
        }, cancellationToken);

    public Task SaveAsync(CoachingChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return database.WriteAsync(session => session.Execute(
            """
            INSERT INTO coaching_channels (school, channel_id, team_id, set_by, set_at) VALUES ($school, $channel, $team, $by, $at)
            ON CONFLICT (school) DO UPDATE SET channel_id = excluded.channel_id, team_id = excluded.team_id, set_by = excluded.set_by, set_at = excluded.set_at;
            """,
            ("$school", channel.School), ("$channel", channel.ChannelId), ("$team", channel.TeamId), ("$by", channel.SetBy),
            ("$at", channel.SetAt.ToUnixTimeMilliseconds())), cancellationToken);
    }

    public Task<bool> RemoveAsync(string school, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Execute("DELETE FROM coaching_channels WHERE school = $school;", ("$school", school)) == 1, cancellationToken);

    private static CoachingChannel Read(Microsoft.Data.Sqlite.SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)));
}
