using System.Collections.Frozen;
using System.Globalization;

namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>
/// Finds which of a prompt's choices the user meant. Pure and thread-safe.
/// </summary>
/// <remarks>
/// Text and choice terms (title, value, synonyms) are compared after <see cref="TextNormalizer.Normalize"/>.
/// The kinds are tried strongest first and the first kind that matches anything decides:
/// <list type="number">
/// <item><b>Exact</b>: the text equals a term. Tried before numbers, so with choices "3", "2", "1" the text
/// "3" picks the choice titled "3", not the third one.</item>
/// <item><b>Number</b>: a 1-based position: "2", "2.", "#2", "(2)", "2nd", "two", "second", "the second one",
/// "number 2", "no. 2", "option 2", "last". Out-of-range positions fall through to the next kinds.</item>
/// <item><b>Partial</b>: the text contains a whole term of 2+ characters as whole words ("I'd like the math
/// club please"); when one choice's term lies inside another's ("math" inside "math club") the longer one
/// wins. Otherwise, the text (3+ characters) is the start of a term ("class" → "Classroom management").</item>
/// <item><b>Fuzzy</b>: the text is a term with small typos: per word, at most
/// <see cref="EditDistance.MaxTypos"/> edits for that word (1 for words up to five characters, 2 beyond, none
/// for one- or two-letter words), or the same with the spaces removed ("class room" → "classroom"). The
/// choice with the fewest edits wins. Digits never count as typos: they must match exactly.</item>
/// </list>
/// When two or more choices match equally at the deciding kind the result is
/// <see cref="ChoiceRecognition.Ambiguous"/>, never a guess.
/// </remarks>
public static class ChoiceRecognizer
{
    private static readonly FrozenSet<string> LeadingPositionWords = FrozenSet.Create(
        StringComparer.Ordinal, "the", "number", "no", "nr", "num", "option", "choice", "item");

    private static readonly FrozenSet<string> TrailingPositionWords = FrozenSet.Create(
        StringComparer.Ordinal, "one", "please", "pls", "option", "choice");

    /// <summary>Matches <paramref name="text"/> against <paramref name="choices"/>; see the type remarks for the rules.</summary>
    public static ChoiceRecognition Recognize(string? text, IReadOnlyList<ChoiceOption> choices, ChoiceMatchModes modes = ChoiceMatchModes.All)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || choices.Count == 0)
        {
            return new ChoiceRecognition.NoMatch();
        }

        if (modes.HasFlag(ChoiceMatchModes.Exact)
            && Decide(ChoiceMatchKind.Exact, Matching(choices, choice => choice.NormalizedTerms.Contains(normalized))) is { } exact)
        {
            return exact;
        }

        if (modes.HasFlag(ChoiceMatchModes.Number) && TryParsePosition(normalized, choices.Count, out var position)
            && choices[position - 1] is { } numbered)
        {
            return new ChoiceRecognition.Matched(numbered, position - 1, ChoiceMatchKind.Number);
        }

        if (modes.HasFlag(ChoiceMatchModes.Partial)
            && (Decide(ChoiceMatchKind.Partial, Contained(normalized, choices))
                ?? Decide(ChoiceMatchKind.Partial, Matching(choices, choice => IsPrefixOfTerm(normalized, choice)))) is { } partial)
        {
            return partial;
        }

        if (modes.HasFlag(ChoiceMatchModes.Fuzzy) && Decide(ChoiceMatchKind.Fuzzy, Closest(normalized, choices)) is { } fuzzy)
        {
            return fuzzy;
        }

        return new ChoiceRecognition.NoMatch();
    }

    private static ChoiceRecognition? Decide(ChoiceMatchKind kind, List<ChoiceCandidate> candidates) => candidates.Count switch
    {
        0 => null,
        1 => new ChoiceRecognition.Matched(candidates[0].Choice, candidates[0].Index, kind),
        _ => new ChoiceRecognition.Ambiguous(kind, candidates),
    };

    private static List<ChoiceCandidate> Matching(IReadOnlyList<ChoiceOption> choices, Func<ChoiceOption, bool> predicate)
    {
        var found = new List<ChoiceCandidate>();
        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i] is { } choice && predicate(choice))
            {
                found.Add(new ChoiceCandidate(choice, i));
            }
        }

        return found;
    }

    private static bool IsPrefixOfTerm(string normalized, ChoiceOption choice) =>
        normalized.Length >= 3 && choice.NormalizedTerms.Any(term => term.Length > normalized.Length && term.StartsWith(normalized, StringComparison.Ordinal));

    /// <summary>Choices with a whole term inside the text, minus those whose match lies inside a longer one's.</summary>
    private static List<ChoiceCandidate> Contained(string normalized, IReadOnlyList<ChoiceOption> choices)
    {
        var padded = " " + normalized + " ";
        var spans = new List<(ChoiceCandidate Candidate, int Start, int Length)>();
        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i] is not { } choice)
            {
                continue;
            }

            (int Start, int Length)? best = null;
            foreach (var term in choice.NormalizedTerms)
            {
                if (term.Length < 2 || term.Length > normalized.Length || (best is { } b && b.Length >= term.Length))
                {
                    continue;
                }

                var at = padded.IndexOf(" " + term + " ", StringComparison.Ordinal);
                if (at >= 0)
                {
                    best = (at, term.Length);
                }
            }

            if (best is { } span)
            {
                spans.Add((new ChoiceCandidate(choice, i), span.Start, span.Length));
            }
        }

        return [.. spans
            .Where(inner => !spans.Any(outer => outer.Length > inner.Length
                && outer.Start <= inner.Start && outer.Start + outer.Length >= inner.Start + inner.Length))
            .Select(s => s.Candidate)];
    }

    /// <summary>The choices whose best typo score is the lowest of all, when within tolerance.</summary>
    private static List<ChoiceCandidate> Closest(string normalized, IReadOnlyList<ChoiceOption> choices)
    {
        var words = normalized.Split(' ');
        var compact = normalized.Replace(" ", string.Empty, StringComparison.Ordinal);
        var best = int.MaxValue;
        var found = new List<ChoiceCandidate>();
        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i] is not { } choice)
            {
                continue;
            }

            var score = int.MaxValue;
            foreach (var term in choice.NormalizedTerms)
            {
                score = Math.Min(score, TypoScore(words, compact, term));
            }

            if (score == int.MaxValue || score > best)
            {
                continue;
            }

            if (score < best)
            {
                best = score;
                found.Clear();
            }

            found.Add(new ChoiceCandidate(choice, i));
        }

        return found;
    }

    /// <summary>Edits between the text and a term (whole, or word by word), or int.MaxValue when beyond tolerance.</summary>
    private static int TypoScore(string[] words, string compact, string term)
    {
        var score = int.MaxValue;
        var compactTerm = term.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!compact.Where(char.IsDigit).SequenceEqual(compactTerm.Where(char.IsDigit)))
        {
            return score; // "300" is not a typo of "100", nor "grade 6" of "grade 5".
        }

        var allowed = EditDistance.MaxTypos(compactTerm.Length);
        var whole = EditDistance.DamerauLevenshtein(compact, compactTerm, allowed);
        if (whole <= allowed)
        {
            score = whole;
        }

        var termWords = term.Split(' ');
        if (termWords.Length != words.Length || termWords.Length == 1)
        {
            return score;
        }

        var sum = 0;
        for (var w = 0; w < words.Length; w++)
        {
            var wordAllowed = EditDistance.MaxTypos(termWords[w].Length);
            var distance = EditDistance.DamerauLevenshtein(words[w], termWords[w], wordAllowed);
            if (distance > wordAllowed)
            {
                return score;
            }

            sum += distance;
        }

        return Math.Min(score, sum);
    }

    /// <summary>Reads a 1-based list position ("2", "the second one", "number two", "last") within 1..count.</summary>
    private static bool TryParsePosition(string normalized, int count, out int position)
    {
        position = 0;
        var tokens = UnicodeDigits.ToAscii(normalized).Split(' ');
        if (tokens.Length > 8)
        {
            return false;
        }

        var start = 0;
        while (tokens.Length - start > 1 && LeadingPositionWords.Contains(tokens[start]))
        {
            start++;
        }

        var end = tokens.Length;
        if (!TryReadPosition(tokens[start..end], count, out position))
        {
            while (end - start > 1 && TrailingPositionWords.Contains(tokens[end - 1]))
            {
                end--;
            }

            if (end == tokens.Length || !TryReadPosition(tokens[start..end], count, out position))
            {
                return false;
            }
        }

        return position >= 1 && position <= count;
    }

    private static bool TryReadPosition(string[] tokens, int count, out int position)
    {
        position = 0;
        if (tokens is ["last"])
        {
            position = count;
            return true;
        }

        if (tokens is [var digits] && EnglishNumberWords.IsAsciiDigits(digits))
        {
            position = digits.Length <= 9 ? int.Parse(digits, CultureInfo.InvariantCulture) : 0;
            return true;
        }

        if (EnglishNumberWords.TryParseOrdinal(tokens, 0, out var ordinal, out var used) && used == tokens.Length)
        {
            position = ordinal;
            return true;
        }

        if (EnglishNumberWords.TryParseCardinal(tokens, 0, out var cardinal, out used) && used == tokens.Length && cardinal <= int.MaxValue)
        {
            position = (int)cardinal;
            return true;
        }

        return false;
    }
}
