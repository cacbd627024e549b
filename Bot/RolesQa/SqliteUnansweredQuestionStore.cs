using CoachBot.Bot.Storage;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.RolesQa;

namespace CoachBot.Bot.RolesQa;

/// <summary>
/// <see cref="IUnansweredQuestionStore"/> on <c>qa_unanswered</c>: the cleaned question, its grouping key and when it was
/// asked; nothing about who asked. At most <see cref="MaxKept"/> rows are kept (the oldest go first).
/// </summary>
public sealed class SqliteUnansweredQuestionStore(SqliteDatabase database) : IUnansweredQuestionStore
{
    /// <summary>A bound on the table, whatever the retention: the newest this many askings are kept.</summary>
    public const int MaxKept = 20_000;

    public Task<DateTimeOffset?> AddAsync(UnansweredQuestion question, DateTimeOffset askedAt, DateTimeOffset forgetBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        return database.WriteAsync(session =>
        {
            session.Execute(
                "INSERT INTO qa_unanswered (question, question_key, asked_at) VALUES ($question, $key, $at);",
                ("$question", question.Text), ("$key", question.Key), ("$at", askedAt.ToUnixTimeMilliseconds()));
            Purge(session, forgetBefore);
            return Oldest(session);
        }, cancellationToken);
    }

    public Task<(int Deleted, DateTimeOffset? Oldest)> PurgeAsync(DateTimeOffset forgetBefore, CancellationToken cancellationToken) =>
        database.WriteAsync(session => (Purge(session, forgetBefore), Oldest(session)), cancellationToken);

    public Task<IReadOnlyList<QaReportQuestion>> MostAskedAsync(int minAsks, int max, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<QaReportQuestion>>(session =>
        {
            var questions = new List<QaReportQuestion>();
            using var reader = session.Query(
                """
                SELECT (SELECT latest.question FROM qa_unanswered AS latest
                        WHERE latest.question_key = asked.question_key ORDER BY latest.asked_at DESC, latest.id DESC LIMIT 1),
                       COUNT(*) AS times, MAX(asked_at) AS last
                FROM qa_unanswered AS asked
                GROUP BY question_key
                HAVING COUNT(*) >= $min
                ORDER BY times DESC, last DESC
                LIMIT $max;
                """,
                ("$min", minAsks), ("$max", max));
            while (reader.Read())
            {
                questions.Add(new QaReportQuestion(reader.GetString(0), reader.GetInt32(1)));
            }

            return questions;
        }, cancellationToken);

    private static int Purge(SqliteSession session, DateTimeOffset forgetBefore)
    {
        var before = forgetBefore == DateTimeOffset.MaxValue ? long.MaxValue : forgetBefore.ToUnixTimeMilliseconds();
        return session.Execute("DELETE FROM qa_unanswered WHERE asked_at < $before;", ("$before", before))
            + session.Execute(
                "DELETE FROM qa_unanswered WHERE id <= (SELECT id FROM qa_unanswered ORDER BY id DESC LIMIT 1 OFFSET $max);",
                ("$max", MaxKept));
    }

    private static DateTimeOffset? Oldest(SqliteSession session) =>
        session.Scalar("SELECT MIN(asked_at) FROM qa_unanswered;") is long oldest ? DateTimeOffset.FromUnixTimeMilliseconds(oldest) : null;
}
