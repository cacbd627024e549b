using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.RolesQa;

namespace CoachBot.Bot.RolesQa;

/// <summary>
/// <see cref="IAnswerStatsStore"/> on <c>qa_topic_days</c> and <c>qa_answer_cards</c>. Counting an answer is a queued write
/// that shares the turn's own commit (or the next one); answer cards past the rating window are deleted with it, at most
/// once an hour. Reads first wait for the counts queued so far, so a rating right after its answer finds the card.
/// </summary>
public sealed partial class SqliteAnswerStatsStore(SqliteDatabase database, TimeProvider timeProvider, ILogger<SqliteAnswerStatsStore> logger) : IAnswerStatsStore
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    private long _nextPurgeAt;

    // The newest queued count; writes commit in order, so once it is done every count queued before it is too.
    private Task _lastQueued = Task.CompletedTask;

    public void RecordAnswer(AnsweredCard card, DateTimeOffset forgetCardsBefore)
    {
        ArgumentNullException.ThrowIfNull(card);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var next = Interlocked.Read(ref _nextPurgeAt);
        var purge = now >= next && Interlocked.CompareExchange(ref _nextPurgeAt, now + (long)PurgeEvery.TotalMilliseconds, next) == next;
        var at = card.At.ToUnixTimeMilliseconds();
        var day = Day(card.At);
        var before = forgetCardsBefore.ToUnixTimeMilliseconds();
        Task write;
        try
        {
            write = database.QueueWriteAsync(session =>
            {
                session.Execute(
                    "INSERT INTO qa_answer_cards (card_id, topic_id, chat, at) VALUES ($card, $topic, $chat, $at) ON CONFLICT (card_id) DO NOTHING;",
                    ("$card", card.CardId), ("$topic", card.TopicId), ("$chat", card.Chat), ("$at", at));
                session.Execute(
                    "INSERT INTO qa_topic_days (topic_id, day, answers) VALUES ($topic, $day, 1) ON CONFLICT (topic_id, day) DO UPDATE SET answers = answers + 1;",
                    ("$topic", card.TopicId), ("$day", day));
                if (purge)
                {
                    session.Execute("DELETE FROM qa_answer_cards WHERE at < $before;", ("$before", before));
                }
            }, CancellationToken.None);
        }
        catch (ObjectDisposedException exception)
        {
            Log.CountFailed(logger, exception);
            return;
        }

        Volatile.Write(ref _lastQueued, write);
        _ = write.ContinueWith(
            static (task, state) => Log.CountFailed((ILogger)state!, task.Exception!.GetBaseException()),
            logger,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public async Task<AnsweredCard?> FindAnswerAsync(string cardId, CancellationToken cancellationToken)
    {
        await QueuedCountsAsync();
        return await database.ReadAsync(session =>
        {
            using var reader = session.Query("SELECT card_id, topic_id, chat, at, votes FROM qa_answer_cards WHERE card_id = $card;", ("$card", cardId));
            return reader.Read()
                ? new AnsweredCard(reader.GetString(0), reader.GetString(1), reader.GetString(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)), reader.GetInt32(4))
                : null;
        }, cancellationToken);
    }

    public Task RecordVoteAsync(string cardId, string topicId, bool helpful, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(session =>
        {
            session.Execute("UPDATE qa_answer_cards SET votes = votes + 1 WHERE card_id = $card;", ("$card", cardId));
            session.Execute(
                helpful
                    ? "INSERT INTO qa_topic_days (topic_id, day, helpful) VALUES ($topic, $day, 1) ON CONFLICT (topic_id, day) DO UPDATE SET helpful = helpful + 1;"
                    : "INSERT INTO qa_topic_days (topic_id, day, not_helpful) VALUES ($topic, $day, 1) ON CONFLICT (topic_id, day) DO UPDATE SET not_helpful = not_helpful + 1;",
                ("$topic", topicId), ("$day", Day(at)));
        }, cancellationToken);

    public async Task<IReadOnlyList<TopicStats>> TopicStatsAsync(CancellationToken cancellationToken)
    {
        await QueuedCountsAsync();
        return await database.ReadAsync<IReadOnlyList<TopicStats>>(session =>
        {
            var stats = new List<TopicStats>();
            using var reader = session.Query(
                "SELECT topic_id, SUM(answers), SUM(helpful), SUM(not_helpful), MIN(day) FROM qa_topic_days GROUP BY topic_id ORDER BY topic_id;");
            while (reader.Read())
            {
                stats.Add(new TopicStats(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), DateOnly.FromDayNumber(reader.GetInt32(4))));
            }

            return stats;
        }, cancellationToken);
    }

    /// <summary>Waits until the counts queued so far are committed (a failed one was logged; it does not stop the read).</summary>
    private async Task QueuedCountsAsync()
    {
        var queued = Volatile.Read(ref _lastQueued);
        if (!queued.IsCompleted)
        {
            await queued.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private static int Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime).DayNumber;

    private static partial class Log
    {
        [LoggerMessage(EventId = 5110, Level = LogLevel.Warning, Message = "An answer given could not be counted")]
        public static partial void CountFailed(ILogger logger, Exception exception);
    }
}
