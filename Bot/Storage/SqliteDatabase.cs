using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Storage;

/// <summary>
/// Opens connections to CoachBot's SQLite file with the pragmas every connection needs.
/// WAL mode (set once, persistent in the file) lets readers run beside the single writer;
/// <c>synchronous=NORMAL</c> is durable across process crashes and cheap in WAL mode.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;

    // Physical SQLite handles that already have their pragmas. Pooled opens reuse handles, so the pragmas
    // run once per handle instead of on every open (they were most of the statements of a turn).
    private readonly ConditionalWeakTable<object, object> _configuredHandles = new();

    public SqliteDatabase(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var builder = new SqliteConnectionStringBuilder(options.Value.ConnectionString);
        if (!string.IsNullOrEmpty(builder.DataSource)
            && builder.DataSource != ":memory:"
            && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(environment.ContentRootPath, builder.DataSource));
        }

        if (builder.Mode is SqliteOpenMode.ReadWriteCreate && Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        builder.Pooling = true;
        builder.DefaultTimeout = (int)Math.Ceiling(options.Value.BusyTimeout.TotalSeconds);
        _connectionString = builder.ToString();
        _busyTimeoutMs = (int)options.Value.BusyTimeout.TotalMilliseconds;
        FilePath = builder.DataSource;
    }

    /// <summary>The resolved database file.</summary>
    public string FilePath { get; }

    /// <summary>Opens a pooled connection with the per-connection pragmas applied.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection.Handle is { } handle && !_configuredHandles.TryGetValue(handle, out _))
            {
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = $"PRAGMA busy_timeout={_busyTimeoutMs}; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
                _configuredHandles.AddOrUpdate(handle, handle);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts a write transaction that takes the write lock at once (<c>BEGIN IMMEDIATE</c>), so a
    /// read-modify-write never fails half-way with SQLITE_BUSY on lock upgrade.
    /// </summary>
    public static SqliteTransaction BeginWrite(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.BeginTransaction(deferred: false);
    }
}
