namespace CoachBot.Tests.Outbound;

/// <summary>Measures what the rate budget let through.</summary>
internal static class Pacing
{
    /// <summary>The most timestamps inside any half-open window of the given length.</summary>
    public static int MaxInAnyWindow(IReadOnlyCollection<DateTimeOffset> times, TimeSpan window)
    {
        var sorted = times.Order().ToList();
        var best = 0;
        var start = 0;
        for (var end = 0; end < sorted.Count; end++)
        {
            while (sorted[end] - sorted[start] >= window)
            {
                start++;
            }

            best = Math.Max(best, end - start + 1);
        }

        return best;
    }
}
