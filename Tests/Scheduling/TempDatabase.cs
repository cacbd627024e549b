using CoachBot.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.Scheduling;

/// <summary>A SQLite file of its own for one test, migrated with the given storage modules, deleted afterwards.</summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    private readonly List<SqliteDatabase> _opened = [];

    private readonly TimeProvider _timeProvider;

    private TempDatabase(string folder, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        Folder = folder;
        ConnectionString = $"Data Source={Path.Combine(folder, "coachbot.db")}";
        Database = Open();
    }

    public string Folder { get; }

    public string ConnectionString { get; }

    /// <summary>The first opener of the file.</summary>
    public SqliteDatabase Database { get; }

    public StorageOptions StorageOptions => new() { ConnectionString = ConnectionString };

    /// <summary>A new temp database; with modules, already migrated.</summary>
    public static Task<TempDatabase> CreateAsync(params IStorageModule[] modules) => CreateAsync(TimeProvider.System, modules);

    /// <summary>A new temp database whose openers all run their timers (the background checkpoint) on <paramref name="timeProvider"/>.</summary>
    public static async Task<TempDatabase> CreateAsync(TimeProvider timeProvider, params IStorageModule[] modules)
    {
        var folder = Path.Combine(Path.GetTempPath(), "coachbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new TempDatabase(folder, timeProvider);
        if (modules.Length > 0)
        {
            await database.MigrateAsync(modules);
        }

        return database;
    }

    /// <summary>
    /// Another <see cref="SqliteDatabase"/> on the same file, as a second process (or a restart) would open it;
    /// disposed with this temp database.
    /// </summary>
    public SqliteDatabase Open()
    {
        var database = new SqliteDatabase(
            Options.Create(StorageOptions),
            new HostingEnvironment { ContentRootPath = Folder, EnvironmentName = "Development" },
            _timeProvider,
            NullLogger<SqliteDatabase>.Instance);
        lock (_opened)
        {
            _opened.Add(database);
        }

        return database;
    }

    public Task MigrateAsync(params IStorageModule[] modules) =>
        new DatabaseMigrator(Database, modules, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; every opener of this file shares one pool.
        await using (var connection = await Database.OpenAsync(CancellationToken.None))
        {
            SqliteConnection.ClearPool(connection);
        }

        // Each opener also holds its own writer and reader connections open until disposed.
        lock (_opened)
        {
            _opened.ForEach(database => database.Dispose());
            _opened.Clear();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
