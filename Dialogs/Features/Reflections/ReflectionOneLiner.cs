using System.Text.RegularExpressions;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// Splits a one-liner (<c>reflect: modeled Padlet with Ms. Lee, went well 20 min</c>) into its words and the minutes
/// typed at its end (or at its start, before a colon or dash: <c>30 min: coached Ms. Lee</c>). Only a duration with a
/// unit counts ("20 min", "1 h"), so "grade 4" stays in the words. Pure and thread-safe.
/// </summary>
public static partial class ReflectionOneLiner
{
    private static readonly string[] TrailingWords = ["for", "about", "took", "spent", "in", "of"];

    // A duration at the end is short: only the end of the text is searched, so a long text costs no more than a short one.
    private const int TailLength = 64;

    /// <summary>What the one-liner says: the text without the duration, and the minutes typed (any number, checked later).</summary>
    public static OneLinerParts Parse(string arguments)
    {
        var text = (arguments ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return new OneLinerParts(string.Empty, null, null);
        }

        foreach (var match in Candidates(text))
        {
            if (match.Success && DurationText.TryMinutes(match, out var minutes))
            {
                var rest = (text[..match.Index] + " " + text[(match.Index + match.Length)..]).Trim();
                return new OneLinerParts(Tidy(rest), minutes, match.Groups["duration"].Value.Trim());
            }
        }

        return new OneLinerParts(text, null, null);
    }

    // No match timeout: a timeout depends on how busy the machine is, so the same text would be read differently under
    // load. Both patterns are linear and only ever see a short piece of the text (the tail, or the head), which bounds them.
    private static IEnumerable<Match> Candidates(string text)
    {
        // Searched from near the end; the look-behind may still see the character before that point.
        var trailing = TrailingDuration().Match(text, Math.Max(0, text.Length - TailLength));
        yield return trailing;
        if (!trailing.Success)
        {
            yield return LeadingDuration().Match(text.Length > TailLength ? text[..TailLength] : text);
        }
    }

    /// <summary>Drops the separators and joining words a removed duration leaves at the end ("…, went well for").</summary>
    private static string Tidy(string text)
    {
        var current = text.Trim();
        while (true)
        {
            var before = current;
            current = current.TrimEnd(' ', ',', ';', ':', '-', '\u2013', '\u2014', '(', '[', '\u00b7').TrimStart(' ', ',', ';', ':', '-', '\u2013', '\u2014', ')', ']');
            foreach (var word in TrailingWords)
            {
                if (current.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase))
                {
                    current = current[..^(word.Length + 1)];
                }
            }

            if (current == before)
            {
                return current;
            }
        }
    }

    [GeneratedRegex(
        @"(?:^|(?<=[\s,;:(\[\u2013\u2014-]))\s*(?<duration>" + DurationText.Pattern + @")[\s)\].!]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TrailingDuration();

    [GeneratedRegex(
        @"^\s*(?<duration>" + DurationText.Pattern + @")\s*[:\u2013\u2014-]\s",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LeadingDuration();
}

/// <summary>
/// A one-liner's parts: its words, and the minutes typed (null when none; possibly out of range) as typed
/// (<paramref name="MinutesTyped"/>, to name in a reply).
/// </summary>
public sealed record OneLinerParts(string Text, int? Minutes, string? MinutesTyped);
