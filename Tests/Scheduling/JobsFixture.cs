using CoachBot.Bot.Scheduling;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Scheduling;

/// <summary>A job table on its own SQLite file with a fake clock; runners are made per test.</summary>
internal sealed class JobsFixture : IAsyncDisposable
{
    private JobsFixture(TempDatabase database)
    {
        Database = database;
        Store = new SqliteJobStore(database.Database, Time);
    }

    public static DateTimeOffset Start { get; } = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public TempDatabase Database { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public JobOptions Options { get; } = new();

    public SqliteJobStore Store { get; }

    public static async Task<JobsFixture> CreateAsync() => new(await TempDatabase.CreateAsync(new JobsStorageModule()));

    /// <summary>A runner on this fixture's database (or on <paramref name="database"/>, as another process would open it).</summary>
    public JobRunner Runner(IEnumerable<IJobHandler> handlers, SqliteDatabase? database = null) =>
        new(database is null ? Store : new SqliteJobStore(database, Time), handlers, Microsoft.Extensions.Options.Options.Create(Options), Time,
            NullLogger<JobRunner>.Instance);

    public JobRunner Runner(params IJobHandler[] handlers) => Runner((IEnumerable<IJobHandler>)handlers);

    public Task<string> ScheduleAsync(string kind, TimeSpan dueIn, string? dedupeKey = null, string payloadJson = "{}") =>
        Store.ScheduleAsync(kind, payloadJson, Time.GetUtcNow() + dueIn, dedupeKey, TestContext.Current.CancellationToken);

    public Task<int> RunDueAsync(JobRunner runner) => runner.RunDueAsync(Time.GetUtcNow(), TestContext.Current.CancellationToken);

    public async Task<JobRecord> JobAsync(string id) =>
        await Store.FindAsync(id, TestContext.Current.CancellationToken) ?? throw new InvalidOperationException($"No job {id}.");

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
