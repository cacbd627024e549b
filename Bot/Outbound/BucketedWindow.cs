namespace CoachBot.Bot.Outbound;

/// <summary>
/// A compact, conservative sliding-window counter for a long window (the hourly cap): counts per fixed-width
/// bucket in a ring, never one timestamp per call. Only the bucket of each call is known, so a call at
/// <c>t</c> is allowed when everything in the buckets that some window of length <c>span</c> containing
/// <c>t</c> could touch — bucket(t) − span/width onwards, reservations later than <c>t</c> included — is
/// still under the limit. That never lets more than the limit into any real window; the price is that a
/// call may wait up to one bucket width longer than an exact log would make it wait.
/// Not thread-safe: <see cref="OutboundRateLimiter"/> holds its lock around every call.
/// </summary>
internal sealed class BucketedWindow
{
    /// <summary>Room for reservations this many buckets past "now" before the ring has to grow.</summary>
    private const int FutureSlack = 32;

    private readonly long _width;
    private readonly long _buckets;
    private ushort[] _counts;

    /// <summary>Oldest bucket still held; the ring holds buckets [_first, _first + _counts.Length).</summary>
    private long _first;

    /// <summary>Newest bucket with a call (below <see cref="_first"/> when there is none).</summary>
    private long _newest;

    private int _total;

    public BucketedWindow(long span, long width, long now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfLessThan(span, width);
        _width = width;
        _buckets = span / width;
        _counts = new ushort[_buckets + 1 + FutureSlack];
        _first = Bucket(now);
        _newest = _first - 1;
    }

    /// <summary>Forgets buckets that no window containing a call at or after <paramref name="now"/> can touch.</summary>
    public void Prune(long now)
    {
        var floor = Bucket(now) - _buckets;
        while (_first < floor)
        {
            if (_first > _newest)
            {
                _first = floor;
                _newest = floor - 1;
                return;
            }

            ref var count = ref _counts[Slot(_first)];
            _total -= count;
            count = 0;
            _first++;
        }
    }

    /// <summary>True when nothing held can matter at or after <paramref name="now"/>: the owner may forget this window.</summary>
    public bool IsIdle(long now) => _newest < Bucket(now) - _buckets;

    /// <summary>
    /// The earliest moment at or after <paramref name="from"/> at which one more call provably keeps every
    /// window at or under <paramref name="limit"/>. Call <see cref="Prune"/> with the current time first.
    /// </summary>
    public long EarliestFit(long from, int limit)
    {
        limit = Math.Clamp(limit, 1, ushort.MaxValue);
        var floor = Bucket(from) - _buckets;
        var count = _total;
        var k = _first;
        for (; k < floor && k <= _newest; k++)
        {
            count -= _counts[Slot(k)];
        }

        if (count < limit)
        {
            return from;
        }

        // Too full: wait until enough of the oldest buckets have left every window a call could share.
        for (; count >= limit && k <= _newest; k++)
        {
            count -= _counts[Slot(k)];
        }

        return Math.Max(from, (k + _buckets) * _width);
    }

    /// <summary>Counts one call at <paramref name="t"/> (at or after the time last given to <see cref="Prune"/>).</summary>
    public void Insert(long t)
    {
        var bucket = Math.Max(Bucket(t), _first);
        if (bucket - _first >= _counts.Length)
        {
            Grow(bucket - _first + 1);
        }

        ref var count = ref _counts[Slot(bucket)];
        if (count < ushort.MaxValue)
        {
            count++;
            _total++;
        }

        _newest = Math.Max(_newest, bucket);
    }

    private long Bucket(long t) => t / _width;

    private int Slot(long bucket) => (int)(bucket % _counts.Length);

    /// <summary>Makes room for reservations further ahead than the slack (rare: only very long waits reserve that far).</summary>
    private void Grow(long needed)
    {
        var grown = new ushort[Math.Max(needed, 2L * _counts.Length)];
        for (var k = _first; k <= _newest; k++)
        {
            grown[k % grown.Length] = _counts[Slot(k)];
        }

        _counts = grown;
    }
}
