using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.Storage;

/// <summary>
/// Runs every write of the process on one connection and commits concurrent writes together ("group commit").
/// SQLite allows one writer at a time; with a connection per write, concurrent turns queued on the file lock
/// and slept in SQLite's busy handler, and every write paid its own WAL commit. Here a write is queued, and
/// whichever caller finds the writer idle runs the queued writes in one transaction, each inside its own
/// savepoint so one failing write is rolled back alone. Every caller's task completes only after the commit,
/// so a completed write is as durable as before (WAL, <c>synchronous=NORMAL</c>).
/// </summary>
internal sealed class GroupCommitWriter : IDisposable
{
    // Batches a combining caller runs on its own thread before handing the rest to the thread pool, so no
    // request waits long behind other requests' writes.
    private const int InlineBatches = 2;
    private const int MaxBatch = 128;

    private readonly Func<SqliteSession> _open;
    private readonly ConcurrentQueue<PendingWrite> _queue = new();
    private readonly List<PendingWrite> _batch = new(MaxBatch);
    private SqliteSession? _session;
    private int _combining;
    private int _checkpointRequested;
    private int _flushQueued;
    private volatile bool _disposed;

    public GroupCommitWriter(Func<SqliteSession> open)
    {
        _open = open;
    }

    /// <summary>
    /// Queues a write; its task completes after the commit. With <paramref name="runOnCaller"/> the caller becomes
    /// the writer if nobody is and commits right away. Without it the write is never committed on the caller's
    /// thread: it joins the batch of the next write or of a flush queued behind the work already waiting in the
    /// thread pool, so under load it shares a commit with other writes, and the caller carries on at once.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteSession, T> work, bool runOnCaller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        var write = new PendingWrite<T>(work, cancellationToken);
        _queue.Enqueue(write);
        if (_disposed)
        {
            // Disposed meanwhile: nobody will run it (the disposer keeps the writer role).
            FailQueued();
        }

        if (runOnCaller)
        {
            Combine();
        }
        else
        {
            ScheduleFlush();
        }

        return write.Task;
    }

    /// <summary>
    /// Asks the writer to finish a background checkpoint before its next transaction: it copies the few pages
    /// committed since the checkpoint's own pass, so the log is fully copied and SQLite starts it again from
    /// the beginning at the next commit. Without this, a log that is written to all the time only ever grows.
    /// </summary>
    public void RequestCheckpoint() => Volatile.Write(ref _checkpointRequested, 1);

    public void Dispose()
    {
        // Callers have stopped (the host disposes this last): take the writer role, commit what is still
        // queued, then close. Writes queued after this fail with ObjectDisposedException.
        var spinner = default(SpinWait);
        while (Interlocked.CompareExchange(ref _combining, 1, 0) != 0)
        {
            spinner.SpinOnce();
        }

        while (!_queue.IsEmpty)
        {
            RunBatch();
        }

        _disposed = true;
        FailQueued();
        _session?.Dispose();
        _session = null;
    }

    private void FailQueued()
    {
        while (_queue.TryDequeue(out var write))
        {
            write.Fail(new ObjectDisposedException(nameof(SqliteDatabase)));
        }
    }

    /// <summary>
    /// Becomes the writer if nobody is and runs up to <see cref="InlineBatches"/> batches; a busy writer picks new
    /// writes up itself. What is still queued after that is left to a flush on the thread pool.
    /// </summary>
    private void Combine()
    {
        while (!_queue.IsEmpty && Interlocked.CompareExchange(ref _combining, 1, 0) == 0)
        {
            try
            {
                for (var i = 0; i < InlineBatches && !_queue.IsEmpty; i++)
                {
                    RunBatch();
                }
            }
            finally
            {
                // A full fence, not just a release store: the loop must re-read the queue after the role is visibly
                // released, or a write queued in between could find the role taken and nobody left to run it.
                Interlocked.Exchange(ref _combining, 0);
            }

            if (!_queue.IsEmpty)
            {
                // More arrived while this caller wrote: a pool thread carries on, so this request can answer.
                ScheduleFlush();
                return;
            }
        }
    }

    /// <summary>Queues one flush to the thread pool unless one is already queued (it takes whatever is queued when it runs).</summary>
    private void ScheduleFlush()
    {
        if (Interlocked.CompareExchange(ref _flushQueued, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static writer => writer.RunQueuedFlush(), this, preferLocal: false);
        }
    }

    private void RunQueuedFlush()
    {
        // Cleared with a full fence before the queue is read, for the same reason as the writer role in Combine.
        Interlocked.Exchange(ref _flushQueued, 0);
        Combine();
    }

    private void RunBatch()
    {
        _batch.Clear();
        while (_batch.Count < MaxBatch && _queue.TryDequeue(out var next))
        {
            _batch.Add(next);
        }

        if (_disposed)
        {
            _batch.ForEach(write => write.Fail(new ObjectDisposedException(nameof(SqliteDatabase))));
            return;
        }

        try
        {
            CommitBatch();
        }
        catch (Exception exception)
        {
            // The connection failed (opening, BEGIN, a savepoint, COMMIT): nothing of the batch is saved, and the
            // next batch starts on a new connection. Never thrown on: this may run on a pool thread.
            ResetSession();
            _batch.ForEach(write => write.Fail(exception));
        }
    }

    private void CommitBatch()
    {
        var session = _session ??= _open();
        if (Interlocked.Exchange(ref _checkpointRequested, 0) == 1)
        {
            CatchUpCheckpoint(session);
        }

        session.Execute("BEGIN IMMEDIATE;");
        foreach (var write in _batch)
        {
            if (write.IsCancellationRequested)
            {
                continue;
            }

            session.Execute("SAVEPOINT write;");
            try
            {
                write.Run(session);
                session.Execute("RELEASE write;");
            }
            catch (Exception exception)
            {
                // The write's own failure: roll back only its savepoint, and tell only its caller.
                write.SetError(exception);
                session.Execute("ROLLBACK TO write;");
                session.Execute("RELEASE write;");
            }
        }

        session.Execute("COMMIT;");
        _batch.ForEach(write => write.Complete());
    }

    private static void CatchUpCheckpoint(SqliteSession session)
    {
        try
        {
            // Outside a transaction; PASSIVE never waits for readers, it copies what it can.
            session.Execute("PRAGMA wal_checkpoint(PASSIVE);");
        }
        catch (SqliteException)
        {
            // Only an optimisation: the next background checkpoint tries again, and the writes go on.
        }
    }

    private void ResetSession()
    {
        // Disposing the connection rolls back an open transaction.
        _session?.Dispose();
        _session = null;
    }

    private abstract class PendingWrite
    {
        public abstract bool IsCancellationRequested { get; }

        public abstract void Run(SqliteSession session);

        public abstract void SetError(Exception exception);

        /// <summary>After the commit: hands the result (or the write's own error, or a cancellation) to the caller.</summary>
        public abstract void Complete();

        public abstract void Fail(Exception exception);
    }

    private sealed class PendingWrite<T>(Func<SqliteSession, T> work, CancellationToken cancellationToken) : PendingWrite
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private Exception? _error;
        private bool _ran;

        public Task<T> Task => _completion.Task;

        public override bool IsCancellationRequested => cancellationToken.IsCancellationRequested;

        public override void Run(SqliteSession session)
        {
            _result = work(session);
            _ran = true;
        }

        public override void SetError(Exception exception) => _error = exception;

        public override void Complete()
        {
            if (_error is not null)
            {
                _completion.TrySetException(_error);
            }
            else if (!_ran)
            {
                _completion.TrySetCanceled(cancellationToken);
            }
            else
            {
                _completion.TrySetResult(_result!);
            }
        }

        public override void Fail(Exception exception) => _completion.TrySetException(exception);
    }
}
