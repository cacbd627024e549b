using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Infrastructure.Host;

/// <summary>
/// CoachBot's real host in memory: its own temporary SQLite file, a fake clock, and a recording connector in
/// place of every outbound HTTP call. Each test class makes its own, so no test sees another's data.
/// </summary>
public class CoachBotFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly Action<IServiceCollection>? _configureServices;

    public CoachBotFactory(
        string environment = "Development",
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        string? databasePath = null)
    {
        _environment = environment;
        _configureServices = configureServices;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"coachbot-test-{Guid.NewGuid():N}.db");
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:ConnectionString"] = $"Data Source={DatabasePath}",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The host's clock; starts on a school Monday afternoon (UTC).</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));

    public RecordingConnector Connector { get; } = new();

    public string DatabasePath { get; }

    /// <summary>When false, Dispose leaves the database file (a second host continues on it).</summary>
    public bool DeleteDatabaseOnDispose { get; set; } = true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(() => Connector));
            _configureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && DeleteDatabaseOnDispose)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(DatabasePath + suffix);
            }
        }
    }
}
