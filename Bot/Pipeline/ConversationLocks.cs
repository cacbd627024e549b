using System.Collections.Concurrent;

namespace CoachBot.Bot.Pipeline;

/// <summary>
/// Serializes the turns of one conversation inside this process, so two turns never interleave their
/// read-modify-write of state (a DI singleton; entries are removed when no turn holds or waits for them).
/// Across processes the state store's version check catches what this cannot.
/// </summary>
public sealed class ConversationLocks
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        while (true)
        {
            entry = _entries.GetOrAdd(key, static _ => new Entry());
            lock (entry)
            {
                if (!entry.Retired)
                {
                    entry.Users++;
                    break;
                }
            }
        }

        try
        {
            await entry.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(key, entry, gateHeld: false);
            throw;
        }

        return new Releaser(this, key, entry);
    }

    /// <summary>Number of conversations with a turn running or waiting (for tests and diagnostics).</summary>
    public int ActiveCount => _entries.Count;

    private void Release(string key, Entry entry, bool gateHeld)
    {
        if (gateHeld)
        {
            entry.Gate.Release();
        }

        lock (entry)
        {
            entry.Users--;
            if (entry.Users == 0)
            {
                entry.Retired = true;
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }

        public bool Retired { get; set; }
    }

    private sealed class Releaser(ConversationLocks owner, string key, Entry entry) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(key, entry, gateHeld: true);
            }

            return ValueTask.CompletedTask;
        }
    }
}
