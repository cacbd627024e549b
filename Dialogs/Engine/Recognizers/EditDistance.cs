namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>
/// Damerau–Levenshtein edit distance (insertions, deletions, substitutions and transpositions of two
/// adjacent characters each cost 1), plus the typo tolerance the recognizers share.
/// </summary>
/// <remarks>
/// This is the restricted variant ("optimal string alignment"): no substring is edited twice, so "ca" → "abc"
/// costs 3 rather than 2. For the one- and two-typo thresholds used here the two variants agree on every
/// realistic typo. Comparison is ordinal on UTF-16 code units; normalise first with <see cref="TextNormalizer"/>.
/// The bounded overload only fills a diagonal band of width 2·max+1 and stops as soon as the bound is
/// exceeded, so comparing a short word with a 10,000-character message costs next to nothing.
/// </remarks>
public static class EditDistance
{
    /// <summary>The full distance between <paramref name="source"/> and <paramref name="target"/> (null counts as "").</summary>
    public static int DamerauLevenshtein(string? source, string? target)
    {
        var a = (source ?? string.Empty).AsSpan();
        var b = (target ?? string.Empty).AsSpan();
        return DamerauLevenshtein(a, b, Math.Max(a.Length, b.Length));
    }

    /// <summary>
    /// The distance when it is at most <paramref name="maxDistance"/>; otherwise <paramref name="maxDistance"/> + 1.
    /// A negative bound is treated as 0.
    /// </summary>
    public static int DamerauLevenshtein(ReadOnlySpan<char> source, ReadOnlySpan<char> target, int maxDistance)
    {
        var n = source.Length;
        var m = target.Length;

        // The distance never exceeds the longer length, so a larger bound changes nothing (and cannot overflow).
        var max = Math.Min(Math.Max(0, maxDistance), Math.Max(n, m));
        var over = max + 1;
        if (Math.Abs(n - m) > max)
        {
            return over;
        }

        if (n == 0 || m == 0)
        {
            return Math.Max(n, m);
        }

        var width = m + 1;
        Span<int> rows = width <= 256 ? stackalloc int[3 * width] : new int[3 * width];
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);

        var firstRowEnd = Math.Min(m, max + 1);
        for (var j = 0; j <= firstRowEnd; j++)
        {
            previous[j] = j <= max ? j : over;
        }

        for (var i = 1; i <= n; i++)
        {
            var low = Math.Max(1, i - max);
            var high = (int)Math.Min(m, (long)i + max);
            current[0] = i <= max ? i : over;
            if (low > 1)
            {
                current[low - 1] = over;
            }

            var rowMinimum = low == 1 ? current[0] : over;
            for (var j = low; j <= high; j++)
            {
                var cost = source[i - 1] == target[j - 1] ? 0 : 1;
                var value = Math.Min(previous[j - 1] + cost, Math.Min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && source[i - 1] == target[j - 2] && source[i - 2] == target[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = Math.Min(value, over);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (high < m)
            {
                current[high + 1] = over;
            }

            if (rowMinimum > max)
            {
                return over;
            }

            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[m], over);
    }

    /// <summary>True when the two strings are at most <paramref name="maxDistance"/> edits apart.</summary>
    public static bool IsWithin(string? source, string? target, int maxDistance) =>
        DamerauLevenshtein((source ?? string.Empty).AsSpan(), (target ?? string.Empty).AsSpan(), maxDistance) <= Math.Max(0, maxDistance);

    /// <summary>
    /// How many typos a word of <paramref name="length"/> characters tolerates: 0 for one or two characters
    /// (any edit there makes a different word: "no"/"so"), 1 up to five characters, 2 beyond.
    /// </summary>
    public static int MaxTypos(int length) => length switch
    {
        <= 2 => 0,
        <= 5 => 1,
        _ => 2,
    };

    /// <summary>
    /// Fast check used by the roles Q&amp;A: is one word at most one edit (insert, delete, substitute, swap neighbours)
    /// from another? Same answer as <c>IsWithin(a, b, 1)</c>, without the table.
    /// </summary>
    public static bool WithinOne(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var lengthDifference = a.Length - b.Length;
        if (lengthDifference is > 1 or < -1)
        {
            return false;
        }

        var prefix = 0;
        var shorter = Math.Min(a.Length, b.Length);
        while (prefix < shorter && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        var ra = a.AsSpan(prefix);
        var rb = b.AsSpan(prefix);
        if (lengthDifference == 0)
        {
            // substitution, or a swap of two neighbouring letters
            return ra[1..].SequenceEqual(rb[1..])
                || (ra.Length >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..].SequenceEqual(rb[2..]));
        }

        return lengthDifference > 0 ? ra[1..].SequenceEqual(rb) : ra.SequenceEqual(rb[1..]);
    }
}
