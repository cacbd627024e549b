namespace CoachBot.Bot.Storage;

/// <summary>
/// Runs a delete with SQLite's <c>secure_delete</c> on, so the deleted rows' bytes are overwritten with zeros in the
/// pages that held them instead of lingering in free space until reused; the connection's setting is put back after.
/// The old page images can stay in the write-ahead log until it is reused or truncated (a checkpoint every second, the
/// log reset after), and backups keep what they hold. For deletions a person asks for ("delete my reflections").
/// </summary>
public static class SecureDelete
{
    public static T Run<T>(SqliteSession session, Func<T> delete)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(delete);
        var before = Convert.ToInt64(session.Scalar("PRAGMA secure_delete;") ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
        session.Execute("PRAGMA secure_delete = 1;");
        try
        {
            return delete();
        }
        finally
        {
            session.Execute(before switch { 1 => "PRAGMA secure_delete = 1;", 2 => "PRAGMA secure_delete = FAST;", _ => "PRAGMA secure_delete = 0;" });
        }
    }
}
