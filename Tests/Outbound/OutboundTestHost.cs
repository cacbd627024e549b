using CoachBot.Bot.Hosting;
using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Protocol.Connector;
using CoachBot.Bot.Storage;
using CoachBot.Tests.Infrastructure.Connector;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Outbound;

/// <summary>
/// The outbound layer as the host wires it (<c>AddOutbound</c>), on a temporary SQLite file, a fake clock, a
/// waiter that advances that clock, no jitter, and scripted handlers in place of the Connector and the Entra
/// token endpoint (real MSAL talks to the latter).
/// </summary>
public sealed class OutboundTestHost : IAsyncDisposable
{
    public const string AppId = "7d3b5a8e-2f4c-4e1a-9b6d-0c8e2a4f6b10";
    public const string TenantId = "3f6a1c2e-8b4d-4f7a-9e21-5d0c7b9a8e34";
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string PlaygroundServiceUrl = "http://localhost:56150/_connector";
    public const string TokenPath = "/" + TenantId + "/oauth2/v2.0/token";
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly bool _ownsFolder;

    private OutboundTestHost(string folder, bool ownsFolder, FakeTimeProvider clock)
    {
        Folder = folder;
        _ownsFolder = ownsFolder;
        Clock = clock;
        Waiter = new AdvancingWaiter(clock);
        Connector = new ScriptedConnectorHandler(clock);
        TokenService = new ScriptedConnectorHandler(clock);
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "coachbot.db");

    public FakeTimeProvider Clock { get; }

    public AdvancingWaiter Waiter { get; }

    public ScriptedConnectorHandler Connector { get; }

    public ScriptedConnectorHandler TokenService { get; }

    public ServiceProvider Services { get; private set; } = null!;

    /// <summary>
    /// Starts a host. <paramref name="settings"/> edits the configuration (Bot:*, Outbound:*);
    /// <paramref name="folder"/> puts the database in a folder the caller owns (start two hosts on it for a
    /// restart; remove it with <see cref="DeleteFolder"/>), else a fresh temporary one is used and removed; <paramref name="scriptTokens"/>
    /// answers every token request with a one-hour token; <paramref name="services"/> may replace registrations.
    /// </summary>
    public static async Task<OutboundTestHost> StartAsync(
        Action<Dictionary<string, string?>>? settings = null,
        string? folder = null,
        bool scriptTokens = true,
        Action<IServiceCollection>? services = null,
        FakeTimeProvider? clock = null)
    {
        var ownsFolder = folder is null;
        folder ??= NewFolder();
        Directory.CreateDirectory(folder);
        var host = new OutboundTestHost(folder, ownsFolder, clock ?? new FakeTimeProvider(Start));
        if (scriptTokens)
        {
            host.TokenService.Always(HttpMethod.Post, TokenPath, ScriptedResponse.Token("token-1", TimeSpan.FromHours(1)));
        }

        var values = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:TenantId"] = TenantId,
            ["Bot:AppPassword"] = "test-secret",
        };
        settings?.Invoke(values);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName);
        collection.Configure<StorageOptions>(o => o.ConnectionString = $"Data Source={host.DatabasePath}");
        collection.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = folder, EnvironmentName = Environments.Development });
        collection.AddSingleton<TimeProvider>(host.Clock);
        collection.AddSingleton<IOutboundWaiter>(host.Waiter);
        collection.AddSingleton<IRandomSource>(new FixedRandom());
        collection.AddSingleton<IMessageActivityFactory, TextActivityFactory>();
        collection.AddSqliteStorage([new OutboundStorageModule()]);
        collection.AddOutbound();
        collection.AddHttpClient(ConnectorHttpClients.Connector)
            .ConfigurePrimaryHttpMessageHandler(() => host.Connector)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        collection.AddHttpClient(ConnectorHttpClients.TokenService)
            .ConfigurePrimaryHttpMessageHandler(() => host.TokenService)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services?.Invoke(collection);

        host.Services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await host.Get<DatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);
        return host;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Records an inbound activity as the pipeline does (authenticated unless said otherwise).</summary>
    public Task RecordAsync(Activity activity, bool authenticated = true) =>
        Get<IConversationDirectory>().RecordInboundAsync(activity, authenticated, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsFolder)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    /// <summary>A new temporary folder path for a database.</summary>
    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "coachbot-outbound-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Removes a folder given to <see cref="StartAsync"/> by the caller.</summary>
    public static void DeleteFolder(string folder)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
