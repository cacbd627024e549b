using CoachBot.Bot.RolesQa;
using CoachBot.Bot.Storage;
using CoachBot.Tests.Infrastructure.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.RolesQa;

/// <summary>Answers given are counted in memory and saved every few seconds, before a read, and when CoachBot stops.</summary>
public sealed class AnswerStatsStoreTests : IDisposable
{
    private readonly EngineChatDriver _driver = new();

    private SqliteAnswerStatsStore Store => _driver.Services.GetRequiredService<SqliteAnswerStatsStore>();

    [Fact]
    public async Task Counts_are_saved_when_the_save_interval_passes_and_a_read_sees_what_is_not_saved_yet()
    {
        var now = _driver.Time.GetUtcNow();
        Store.RecordAnswer("role.mentor", now);
        Store.RecordAnswer("role.mentor", now);
        Store.RecordAnswer("role.learner", now.AddDays(1));

        Assert.Equal(0, await SavedAnswersAsync());
        _driver.Time.Advance(SqliteAnswerStatsStore.SaveEvery);
        await WaitForSavedAnswersAsync(3);

        Store.RecordAnswer("role.learner", now.AddDays(1));
        var stats = await Store.TopicStatsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            [("role.learner", 2, new DateOnly(2026, 12, 1)), ("role.mentor", 2, new DateOnly(2026, 11, 30))],
            stats.Select(s => (s.TopicId, s.Answers, s.FirstDay)));
    }

    [Fact]
    public async Task Counts_not_saved_yet_are_saved_when_CoachBot_stops()
    {
        Store.RecordAnswer("role.mentor", _driver.Time.GetUtcNow());
        var database = _driver.Services.GetRequiredService<SqliteDatabase>();

        Store.Dispose();

        Assert.Equal(1, await database.ReadAsync(session => Convert.ToInt32(session.Scalar("SELECT SUM(answers) FROM qa_topic_days;"), System.Globalization.CultureInfo.InvariantCulture), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_signing_key_is_made_once_and_is_32_random_bytes()
    {
        var key = await Store.SigningKeyAsync(TestContext.Current.CancellationToken);
        using var other = new EngineChatDriver();

        Assert.Equal(32, key.Length);
        Assert.Same(key, await Store.SigningKeyAsync(TestContext.Current.CancellationToken));
        Assert.NotEqual(key, await other.Services.GetRequiredService<SqliteAnswerStatsStore>().SigningKeyAsync(TestContext.Current.CancellationToken));
    }

    private Task<int> SavedAnswersAsync() =>
        _driver.Services.GetRequiredService<SqliteDatabase>().ReadAsync(
            session => session.Scalar("SELECT SUM(answers) FROM qa_topic_days;") is long sum ? (int)sum : 0,
            TestContext.Current.CancellationToken);

    private async Task WaitForSavedAnswersAsync(int expected)
    {
        // The timer's save runs on the thread pool: wait for it (bounded), never for a fixed time.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await SavedAnswersAsync() != expected)
        {
            Assert.False(timeout.IsCancellationRequested, $"the counts were not saved within 10 s (saved: {await SavedAnswersAsync()})");
            await Task.Yield();
        }
    }

    public void Dispose() => _driver.Dispose();
}
