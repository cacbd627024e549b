using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.Requests;

namespace CoachBot.Bot.Requests;

/// <summary>
/// <see cref="IRequestDataStore"/> on the <c>support_requests</c> table (which <see cref="RequestsStorageArea"/> owns). A
/// need is required, so an empty one marks a request whose teacher deleted what they wrote.
/// </summary>
public sealed class SqliteRequestDataStore(SqliteDatabase database) : IRequestDataStore
{
    public Task<RequestErasure?> EraseAsync(string teacherAadObjectId, int expectedCount, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teacherAadObjectId);
        return database.WriteAsync<RequestErasure?>(session =>
        {
            var count = Convert.ToInt32(
                session.Scalar("SELECT COUNT(*) FROM support_requests WHERE teacher_aad_object_id = $teacher;", ("$teacher", teacherAadObjectId)),
                System.Globalization.CultureInfo.InvariantCulture);
            if (count != expectedCount)
            {
                return null;
            }

            var withdrawn = Ids(session,
                "UPDATE support_requests SET status = 'cancelled', cancelled_at = $at WHERE teacher_aad_object_id = $teacher AND status = 'open' RETURNING id;",
                teacherAadObjectId, at);
            SecureDelete.Run(session, () => session.Execute(
                "UPDATE support_requests SET need = '', class_or_grade = NULL, preferred_times = NULL WHERE teacher_aad_object_id = $teacher;",
                ("$teacher", teacherAadObjectId)));
            var erased = Ids(session, "SELECT id FROM support_requests WHERE teacher_aad_object_id = $teacher ORDER BY created_at DESC, id;", teacherAadObjectId, at);
            return new RequestErasure(erased, withdrawn);
        }, cancellationToken);
    }

    private static List<string> Ids(SqliteSession session, string sql, string teacher, DateTimeOffset at)
    {
        using var reader = session.Query(sql, ("$teacher", teacher), ("$at", at.ToUnixTimeMilliseconds()));
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
