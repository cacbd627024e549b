using CoachBot.Bot.Hosting;
using CoachBot.Bot.Storage;
using CoachBot.Tests.Infrastructure.InMemory;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Storage.Contracts;

/// <summary>
/// One storage provider under contract test: the stores it registers, resolved by interface, on a fake clock. A later
/// provider (PostgreSQL) adds one class here and one subclass per contract.
/// </summary>
public interface IStoreProvider : IAsyncDisposable
{
    FakeTimeProvider Time { get; }

    T Store<T>()
        where T : notnull;
}

/// <summary>The host's SQLite storage areas on a temporary file, migrated.</summary>
public sealed class SqliteStores : IStoreProvider
{
    private readonly ServiceProvider _services;
    private readonly string _folder;

    private SqliteStores(ServiceProvider services, string folder, FakeTimeProvider time)
    {
        _services = services;
        _folder = folder;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public SqliteDatabase Database => Store<SqliteDatabase>();

    public static async Task<IStoreProvider> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coachbot-contract-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = folder, EnvironmentName = Environments.Development });
        services.Configure<StorageOptions>(o => o.ConnectionString = $"Data Source={Path.Combine(folder, "coachbot.db")}");
        services.AddSqliteStorage(CoachBotFeatures.StorageAreas());
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);
        return new SqliteStores(provider, folder, time);
    }

    public T Store<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>The in-memory turn stores the fast conversation tests use.</summary>
public sealed class InMemoryStores : IStoreProvider
{
    private readonly ServiceProvider _services;

    private InMemoryStores(ServiceProvider services, FakeTimeProvider time)
    {
        _services = services;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public static Task<IStoreProvider> CreateAsync()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        InMemoryTurnStores.Register(services);
        return Task.FromResult<IStoreProvider>(new InMemoryStores(services.BuildServiceProvider(), time));
    }

    public T Store<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

/// <summary>A contract test class: a fresh provider for each test.</summary>
public abstract class StoreContract : IAsyncLifetime
{
    private IStoreProvider? _provider;

    protected IStoreProvider Provider => _provider ?? throw new InvalidOperationException("The provider is not created yet.");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<IStoreProvider> CreateProviderAsync();

    public async ValueTask InitializeAsync() => _provider = await CreateProviderAsync();

    public async ValueTask DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
