using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Dialogs.RolesQa.Text;

/// <summary>
/// How far a mistyped word may be from a word of the knowledge's vocabulary, and how far it is: one edit
/// (insert, delete, substitute, swap neighbours) for words of at least <see cref="OneEditLength"/> letters,
/// two for words of at least <see cref="TwoEditsLength"/>. A four-letter word is only lengthened by one letter
/// and keeps its first ("coch" → "coach", but "earn" is no slip for "learn"), shorter words are never corrected,
/// and a correction two edits away keeps the first letter.
/// </summary>
internal static class Typos
{
    /// <summary>Shortest word that may be corrected at all (by one added letter, keeping the first: "coch" → "coach").</summary>
    public const int MinLength = 4;

    /// <summary>Shortest word that may be one edit from its correction.</summary>
    public const int OneEditLength = 5;

    /// <summary>Shortest word that may be two edits from its correction.</summary>
    public const int TwoEditsLength = 8;

    /// <summary>Longer "words" (pasted links, keyboard mashing) are never corrected.</summary>
    private const int MaxWordLength = 40;

    /// <summary>The most edits allowed between <paramref name="word"/> (as typed) and a correction.</summary>
    public static int AllowedEdits(string word) =>
        word.Length >= TwoEditsLength ? 2 : word.Length >= MinLength ? 1 : 0;

    /// <summary>
    /// The Damerau (optimal string alignment) distance between <paramref name="typed"/> and <paramref name="candidate"/>
    /// when it is at most <see cref="AllowedEdits"/> for the typed word, else null.
    /// </summary>
    public static int? Distance(string typed, string candidate)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidate);
        var allowed = AllowedEdits(typed);
        if (allowed == 0)
        {
            return null;
        }

        // A four-letter word is only lengthened and keeps its first letter: "coch" → "coach", never "earn" → "learn".
        if (typed.Length < OneEditLength && (candidate.Length != typed.Length + 1 || candidate[0] != typed[0]))
        {
            return null;
        }

        if (EditDistance.WithinOne(typed, candidate))
        {
            return typed == candidate ? 0 : 1;
        }

        // Two edits only keep the first letter, which people rarely get wrong: "annotate" is not "innovate".
        return allowed >= 2 && candidate.Length >= TwoEditsLength - 1 && typed[0] == candidate[0] && WithinTwo(typed, candidate)
            ? 2
            : null;
    }

    /// <summary>Optimal string alignment distance ≤ 2, with an early exit once every cell of a row exceeds 2.</summary>
    private static bool WithinTwo(string a, string b)
    {
        const int Max = 2;
        if (Math.Abs(a.Length - b.Length) > Max || b.Length > MaxWordLength)
        {
            return false;
        }

        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > Max)
            {
                return false;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length] <= Max;
    }
}
