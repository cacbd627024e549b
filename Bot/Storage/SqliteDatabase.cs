using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Storage;

/// <summary>
/// CoachBot's SQLite file. Stores read with <see cref="ReadAsync{T}"/> on a small pool of long-lived
/// connections and write with <see cref="WriteAsync{T}"/> through one writer that commits concurrent writes
/// together; both keep their statements prepared. WAL mode (set once, persistent in the file) lets readers
/// run beside the single writer; <c>synchronous=NORMAL</c> is durable across process crashes and cheap in WAL
/// mode. <see cref="OpenAsync"/> gives a plain connection for the rare paths (migrations, health checks).
/// Committed pages are copied from the write-ahead log into the database file by a background checkpoint every
/// <see cref="StorageOptions.CheckpointInterval"/>, not by SQLite's automatic checkpoint (kept only as a
/// backstop at a far larger log): that one runs inside the commit that crosses 1,000 log pages, and every write
/// queued behind it waited (the slowest turns under load were all waiting for one).
/// </summary>
public sealed partial class SqliteDatabase : IDisposable
{
    // A log file that grew under a burst is cut back to this size once it starts again from the beginning.
    private const long MaxIdleLogBytes = 64L * 1024 * 1024;

    // SQLite's own checkpoint only as a backstop, should the background one keep failing: ~400 MB of log. The
    // background checkpoint starts the log again long before (about a second of writes under full load).
    private const int BackstopCheckpointPages = 100_000;

    // Idle reader connections kept open; more may exist while many reads run at once.
    private const int MaxIdleReaders = 8;

    // Page cache per connection. A reader's cache is dropped whenever another connection has committed since its
    // last read (WAL), which under load is every read, so a big one only costs memory; the writer's cache
    // survives its own commits and saves re-reading the pages it keeps changing.
    private const int ReaderCacheKib = 256;
    private const int WriterCacheKib = 4096;

    private readonly string _connectionString;
    private readonly string _sessionConnectionString;

    // What every connection needs, run once per physical connection.
    private readonly string _connectionPragmas;

    // Physical SQLite handles that already have their pragmas. Pooled opens reuse handles, so the pragmas
    // run once per handle instead of on every open (they were most of the statements of a turn).
    private readonly ConditionalWeakTable<object, object> _configuredHandles = new();
    private readonly ConcurrentBag<SqliteSession> _idleReaders = [];
    private readonly GroupCommitWriter _writer;
    private readonly ILogger<SqliteDatabase> _logger;
    private readonly Lock _checkpointGate = new();
    private readonly ITimer _checkpointTimer;
    private readonly TimeSpan _checkpointInterval;

    // 1 while a checkpoint is due: the first write after a checkpoint sets the timer, so an idle database is left alone
    // (and a test clock moved a year ahead does not fire it millions of times).
    private int _checkpointArmed;
    private SqliteSession? _checkpointSession;
    private bool _checkpointFailing;
    private int _disposed;

    public SqliteDatabase(IOptions<StorageOptions> options, IHostEnvironment environment, TimeProvider timeProvider, ILogger<SqliteDatabase> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
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
        builder.Pooling = false;
        _sessionConnectionString = builder.ToString();
        _connectionPragmas = $"PRAGMA busy_timeout={(int)options.Value.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
            + $"PRAGMA wal_autocheckpoint={BackstopCheckpointPages}; PRAGMA journal_size_limit={MaxIdleLogBytes};";
        FilePath = builder.DataSource;
        _writer = new GroupCommitWriter(() => OpenSession(WriterCacheKib));
        _checkpointInterval = options.Value.CheckpointInterval;
        _checkpointTimer = timeProvider.CreateTimer(
            static database => ((SqliteDatabase)database!).CheckpointOnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
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
                pragma.CommandText = _connectionPragmas;
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
    /// Runs <paramref name="read"/> on a pooled connection with its statements kept prepared. The work is
    /// synchronous SQLite calls (Microsoft.Data.Sqlite's async methods are synchronous too); it sees every
    /// write whose task has completed.
    /// </summary>
    public Task<T> ReadAsync<T>(Func<SqliteSession, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!_idleReaders.TryTake(out var session))
        {
            session = OpenSession(ReaderCacheKib);
        }

        var healthy = false;
        try
        {
            var result = read(session);
            healthy = true;
            return Task.FromResult(result);
        }
        catch (Exception exception)
        {
            // A failed read leaves the connection usable unless SQLite itself failed; keep only clean ones.
            healthy = exception is not SqliteException;
            return Task.FromException<T>(exception);
        }
        finally
        {
            if (healthy && _idleReaders.Count < MaxIdleReaders && Volatile.Read(ref _disposed) == 0)
            {
                _idleReaders.Add(session);
            }
            else
            {
                session.Dispose();
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> in a transaction on the writer connection, committed together with other
    /// writes queued at the same time; the task completes after the commit. An exception from the work rolls
    /// back only this write and is thrown to the caller. Writes must not open transactions of their own.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteSession, T> write, CancellationToken cancellationToken) =>
        Enqueue(write, runOnCaller: true, cancellationToken);

    /// <inheritdoc cref="WriteAsync{T}(Func{SqliteSession, T}, CancellationToken)"/>
    public Task WriteAsync(Action<SqliteSession> write, CancellationToken cancellationToken) =>
        Enqueue(WithoutResult(write), runOnCaller: true, cancellationToken);

    /// <summary>
    /// Like <see cref="WriteAsync(Action{SqliteSession}, CancellationToken)"/>, but the write is never committed on
    /// the caller's thread: it is queued to share the next commit. For writes nobody waits on before answering
    /// (a turn's last record), so the answer is not held up by a commit and the commits stay fewer under load.
    /// </summary>
    public Task QueueWriteAsync(Action<SqliteSession> write, CancellationToken cancellationToken) =>
        Enqueue(WithoutResult(write), runOnCaller: false, cancellationToken);

    /// <summary>
    /// Copies committed pages from the write-ahead log into the database file without waiting for readers or
    /// the writer (SQLite's PASSIVE checkpoint); when it copied all it saw, asks the writer to copy what it
    /// commits meanwhile before its next transaction. Runs on a timer; public for tests and tools. Returns null when a checkpoint is
    /// already running or the database is closed.
    /// </summary>
    public WalCheckpoint? Checkpoint()
    {
        if (!_checkpointGate.TryEnter())
        {
            return null;
        }

        try
        {
            if (Volatile.Read(ref _disposed) != 0)
            {
                return null;
            }

            _checkpointSession ??= OpenSession(ReaderCacheKib);
            using var reader = _checkpointSession.Query("PRAGMA wal_checkpoint(PASSIVE);");
            reader.Read();
            var result = new WalCheckpoint(reader.GetInt32(1), reader.GetInt32(2));
            if (result.CopiedPages == result.LogPages)
            {
                // Everything this pass saw is copied: the writer copies what it committed since, a few pages. When a
                // long read held the pass back, the writer is not asked (it would copy the whole backlog inside the
                // commit path); the next pass tries again.
                _writer.RequestCheckpoint();
            }

            if (_checkpointFailing)
            {
                _checkpointFailing = false;
                Log.CheckpointRecovered(_logger);
            }

            return result;
        }
        catch (SqliteException)
        {
            _checkpointSession?.Dispose();
            _checkpointSession = null;
            throw;
        }
        finally
        {
            _checkpointGate.Exit();
        }
    }

    /// <summary>Closes the writer and the idle readers (the host disposes the database after its requests have ended).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _checkpointTimer.Dispose();
        lock (_checkpointGate)
        {
            _checkpointSession?.Dispose();
            _checkpointSession = null;
        }

        _writer.Dispose();
        while (_idleReaders.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    private Task<T> Enqueue<T>(Func<SqliteSession, T> write, bool runOnCaller, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        ArmCheckpoint();
        return _writer.WriteAsync(write, runOnCaller, cancellationToken);
    }

    private static Func<SqliteSession, bool> WithoutResult(Action<SqliteSession> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return session =>
        {
            write(session);
            return true;
        };
    }

    private void ArmCheckpoint()
    {
        if (Volatile.Read(ref _checkpointArmed) == 0 && Interlocked.CompareExchange(ref _checkpointArmed, 1, 0) == 0
            && Volatile.Read(ref _disposed) == 0)
        {
            _checkpointTimer.Change(_checkpointInterval, Timeout.InfiniteTimeSpan);
        }
    }

    private void CheckpointOnTimer()
    {
        // Cleared first: a write committed while this pass runs sets the timer again.
        Volatile.Write(ref _checkpointArmed, 0);
        try
        {
            if (Checkpoint() is { } pass && pass.CopiedPages < pass.LogPages)
            {
                // A long read held the pass back: try again a period later even if nothing more is written.
                ArmCheckpoint();
            }
        }
        catch (Exception exception)
        {
            // A timer callback must never throw; the next pass (set again here) tries again.
            ArmCheckpoint();
            // Once per outage, not every interval; the backstop checkpoint bounds the log meanwhile.
            lock (_checkpointGate)
            {
                if (!_checkpointFailing)
                {
                    _checkpointFailing = true;
                    Log.CheckpointFailed(_logger, exception);
                }
            }
        }
    }

    private SqliteSession OpenSession(int cacheKib)
    {
        // Not pooled: the session keeps its own connection open for the life of the process.
        var connection = new SqliteConnection(_sessionConnectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"{_connectionPragmas} PRAGMA cache_size=-{cacheKib};";
            pragma.ExecuteNonQuery();
            return new SqliteSession(connection);
        }
        catch
        {
            connection.Dispose();
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

    private static partial class Log
    {
        [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Copying the write-ahead log into the database file failed; trying again every interval (logged once until it works again)")]
        public static partial void CheckpointFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Copying the write-ahead log into the database file works again")]
        public static partial void CheckpointRecovered(ILogger logger);
    }
}

/// <summary>One checkpoint: pages in the write-ahead log, and how many of them are now in the database file.</summary>
public readonly record struct WalCheckpoint(int LogPages, int CopiedPages);
