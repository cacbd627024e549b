namespace CoachBot.Bot.Pipeline;
#pragma warning disable
public static class DbgTimings
{
    private static readonly long[] Sums = new long[16];
    private static readonly long[] Counts = new long[16];
    private static long _last;
    public static long Now() => System.Diagnostics.Stopwatch.GetTimestamp();
    public static void Add(int slot, long start)
    {
        Interlocked.Add(ref Sums[slot], System.Diagnostics.Stopwatch.GetTimestamp() - start);
        Interlocked.Increment(ref Counts[slot]);
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        var last = Volatile.Read(ref _last);
        if (now - last > System.Diagnostics.Stopwatch.Frequency * 5 && Interlocked.CompareExchange(ref _last, now, last) == last)
        {
            var sb = new System.Text.StringBuilder("DBG");
            for (var i = 0; i < 16; i++) if (Counts[i] > 0) sb.Append($" s{i}={Sums[i] * 1000.0 / System.Diagnostics.Stopwatch.Frequency / Counts[i]:0.000}ms/{Counts[i]}");
            System.IO.File.AppendAllText("/tmp/dbg2.txt", sb + "\n");
            Array.Clear(Sums); Array.Clear(Counts);
        }
    }
}
