using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.RolesQa;

namespace CoachBot.Bot.RolesQa;

/// <summary>
/// The roles Q&amp;A's learning loop. None of its tables holds a user id or a chat id:
/// <list type="bullet">
/// <item><c>qa_topic_days</c>: per topic and UTC day (a day number, <c>DateOnly.DayNumber</c>), answers given, 👍 and 👎. Kept.</item>
/// <item><c>qa_keys</c>: one random key, made with the table, that signs the rating buttons.</item>
/// <item><c>qa_unanswered</c>: one row per time a question got "I'm not sure": the question already cleaned (no mentions,
/// e-mail addresses or digits; at most 200 characters), its grouping key and when. Deleted after
/// <c>Privacy:KeepUnansweredDays</c>.</item>
/// </list>
/// Times are Unix milliseconds (UTC).
/// </summary>
public sealed class QaStorageArea : IStorageArea
{
    public string Name => "qa";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: first release.
        """
        CREATE TABLE qa_topic_days (
            topic_id TEXT NOT NULL,
            day INTEGER NOT NULL,
            answers INTEGER NOT NULL DEFAULT 0,
            helpful INTEGER NOT NULL DEFAULT 0,
            not_helpful INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (topic_id, day)
        ) WITHOUT ROWID;
        CREATE TABLE qa_keys (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            key BLOB NOT NULL CHECK (length(key) = 32)
        );
        INSERT INTO qa_keys (id, key) VALUES (1, randomblob(32));
        CREATE TABLE qa_unanswered (
            id INTEGER PRIMARY KEY,
            question TEXT NOT NULL CHECK (length(question) <= 200),
            question_key TEXT NOT NULL,
            asked_at INTEGER NOT NULL
        );
        CREATE INDEX ix_qa_unanswered_key ON qa_unanswered (question_key, asked_at);
        CREATE INDEX ix_qa_unanswered_asked_at ON qa_unanswered (asked_at);
        """,
    ];

    public void AddStores(IServiceCollection services)
    {
        services.AddSingleton<SqliteAnswerStatsStore>();
        services.AddSingleton<IAnswerStatsStore>(provider => provider.GetRequiredService<SqliteAnswerStatsStore>());
        services.AddSingleton<IUnansweredQuestionStore, SqliteUnansweredQuestionStore>();
    }
}
