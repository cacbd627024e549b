using System.Collections.Concurrent;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.RolesQa;

namespace CoachBot.Bot.RolesQa;

/// <summary>
/// <see cref="IAnswerStatsStore"/> on <c>qa_topic_days</c> and <c>qa_keys</c>. Answers given are counted in memory and saved
/// in one write every <see cref="SaveEvery"/> (before any read of the counts, and when the host stops), so an answer turn
/// writes nothing of its own: a write per answer cost about a quarter of the host's turns per second. Ratings are rare and
/// saved at once.
/// </summary>
public sealed partial class SqliteAnswerStatsStore : IAnswerStatsStore, IDisposable
{
    /// <summary>How often the answers counted in memory are saved.</summary>
    public static readonly TimeSpan SaveEvery = TimeSpan.FromSeconds(10);

    private readonly SqliteDatabase _database;
    private readonly ILogger<SqliteAnswerStatsStore> _logger;
    private readonly ITimer _timer;
    private readonly SemaphoreSlim _saving = new(1, 1);
    private ConcurrentDictionary<(string TopicId, int Day), int> _pending = new();
    private byte[]? _key;
    private int _disposed;

    // 1 while the timer is set for a save: it is set by the first answer counted after a save, not ticking all the time
    // (an idle bot writes nothing, and a test clock moved a year ahead does not fire it millions of times).
    private int _armed;

    public SqliteAnswerStatsStore(SqliteDatabase database, TimeProvider timeProvider, ILogger<SqliteAnswerStatsStore> logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _database = database;
        _logger = logger;
        _timer = timeProvider.CreateTimer(static store => ((SqliteAnswerStatsStore)store!).SaveOnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void RecordAnswer(string topicId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topicId);
        Volatile.Read(ref _pending).AddOrUpdate((topicId, Day(at)), 1, static (_, count) => count + 1);
        ArmAgain();
    }

    public Task RecordVoteAsync(string topicId, bool helpful, DateTimeOffset at, CancellationToken cancellationToken) =>
        _database.WriteAsync(
            session => session.Execute(
                helpful
                    ? "INSERT INTO qa_topic_days (topic_id, day, helpful) VALUES ($topic, $day, 1) ON CONFLICT (topic_id, day) DO UPDATE SET helpful = helpful + 1;"
                    : "INSERT INTO qa_topic_days (topic_id, day, not_helpful) VALUES ($topic, $day, 1) ON CONFLICT (topic_id, day) DO UPDATE SET not_helpful = not_helpful + 1;",
                ("$topic", topicId), ("$day", Day(at))),
            cancellationToken);

    public async Task<IReadOnlyList<TopicStats>> TopicStatsAsync(CancellationToken cancellationToken)
    {
        await SaveAsync(cancellationToken);
        return await _database.ReadAsync<IReadOnlyList<TopicStats>>(session =>
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

    public async ValueTask<byte[]> SigningKeyAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _key) is { } key)
        {
            return key;
        }

        var read = await _database.ReadAsync(session => session.Scalar("SELECT key FROM qa_keys WHERE id = 1;") as byte[], cancellationToken)
            ?? throw new InvalidOperationException("The qa storage area has no signing key (qa_keys is empty).");
        Interlocked.CompareExchange(ref _key, read, null);
        return _key!;
    }

    /// <summary>Saves the answers counted in memory so far (one write); safe to call at any time.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await _saving.WaitAsync(cancellationToken);
        try
        {
            var counts = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<(string TopicId, int Day), int>());
            if (counts.IsEmpty)
            {
                return;
            }

            try
            {
                await _database.WriteAsync(session =>
                {
                    foreach (var ((topic, day), count) in counts)
                    {
                        session.Execute(
                            "INSERT INTO qa_topic_days (topic_id, day, answers) VALUES ($topic, $day, $count) ON CONFLICT (topic_id, day) DO UPDATE SET answers = answers + $count;",
                            ("$topic", topic), ("$day", day), ("$count", count));
                    }
                }, CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Put the counts back for the next save: nothing counted is dropped for a failed write.
                var pending = Volatile.Read(ref _pending);
                foreach (var (key, count) in counts)
                {
                    pending.AddOrUpdate(key, count, (_, existing) => existing + count);
                }

                Log.SaveFailed(_logger, exception);
                throw;
            }
        }
        finally
        {
            _saving.Release();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _timer.Dispose();
        try
        {
            SaveAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Logged by SaveAsync; the host is stopping.
        }

        _saving.Dispose();
    }

    private void SaveOnTimer()
    {
        // Cleared first: an answer counted while this save runs sets the timer again.
        Volatile.Write(ref _armed, 0);
        if (Volatile.Read(ref _disposed) != 0 || Volatile.Read(ref _pending).IsEmpty)
        {
            return;
        }

        // A failed save put its counts back; try again a period later.
        _ = SaveAsync(CancellationToken.None).ContinueWith(
            static (_, store) => ((SqliteAnswerStatsStore)store!).ArmAgain(),
            this,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void ArmAgain()
    {
        if (Interlocked.CompareExchange(ref _armed, 1, 0) == 0 && Volatile.Read(ref _disposed) == 0)
        {
            _timer.Change(SaveEvery, Timeout.InfiniteTimeSpan);
        }
    }

    private static int Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime).DayNumber;

    private static partial class Log
    {
        [LoggerMessage(EventId = 5110, Level = LogLevel.Warning, Message = "The answers given could not be saved; they are kept for the next try")]
        public static partial void SaveFailed(ILogger logger, Exception exception);
    }
}
