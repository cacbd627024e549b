namespace CoachBot.Bot.Outbound;

/// <summary>
/// Pure arithmetic of a sliding-window log with reservations: a sorted list of the moments (ticks) at which
/// calls were or will be made. A new call may happen at <c>t</c> when every window of length <c>span</c>
/// that contains <c>t</c> still holds fewer than <c>limit</c> calls.
/// </summary>
internal static class SlidingWindow
{
    /// <summary>The earliest moment at or after <paramref name="from"/> at which one more call fits.</summary>
    public static long EarliestFit(List<long> sorted, long from, int limit, long span)
    {
        if (Fits(sorted, from, limit, span))
        {
            return from;
        }

        // The count in a window only drops when an entry leaves it, so the candidates are "entry + span".
        var previous = long.MinValue;
        for (var i = LowerBound(sorted, from - span + 1); i < sorted.Count; i++)
        {
            var candidate = sorted[i] + span;
            if (candidate == previous || candidate <= from)
            {
                continue;
            }

            previous = candidate;
            if (Fits(sorted, candidate, limit, span))
            {
                return candidate;
            }
        }

        return Math.Max(from, sorted[^1] + span);
    }

    /// <summary>True when a call at <paramref name="t"/> keeps every window containing it at or under <paramref name="limit"/>.</summary>
    public static bool Fits(List<long> sorted, long t, int limit, long span)
    {
        // The fullest window containing t starts at t itself or at an entry in (t - span, t].
        if (Count(sorted, t, t + span) + 1 > limit)
        {
            return false;
        }

        var previous = long.MinValue;
        for (var i = LowerBound(sorted, t - span + 1); i < sorted.Count && sorted[i] <= t; i++)
        {
            var start = sorted[i];
            if (start == previous)
            {
                continue;
            }

            previous = start;
            if (Count(sorted, start, start + span) + 1 > limit)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Inserts <paramref name="t"/> keeping the list sorted.</summary>
    public static void Insert(List<long> sorted, long t) => sorted.Insert(LowerBound(sorted, t + 1), t);

    /// <summary>Drops entries older than <paramref name="before"/>.</summary>
    public static void Prune(List<long> sorted, long before)
    {
        var stale = LowerBound(sorted, before);
        if (stale > 0)
        {
            sorted.RemoveRange(0, stale);
        }
    }

    /// <summary>Entries in [from, to).</summary>
    public static int CountIn(List<long> sorted, long from, long to) => Count(sorted, from, to);

    /// <summary>Entries in [from, to).</summary>
    private static int Count(List<long> sorted, long from, long to) => LowerBound(sorted, to) - LowerBound(sorted, from);

    /// <summary>Index of the first entry ≥ <paramref name="value"/>.</summary>
    private static int LowerBound(List<long> sorted, long value)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
