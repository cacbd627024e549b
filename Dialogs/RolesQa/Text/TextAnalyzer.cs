using System.Text;

namespace CoachBot.Dialogs.RolesQa.Text;

/// <summary>
/// Turns text into words and terms the same way for questions and knowledge: lower case, apostrophes
/// folded ("coach's" → "coach", "isn't" → "isnt"), hyphens and punctuation split words, synonyms applied,
/// then stop words dropped and the rest stemmed.
/// </summary>
internal static class TextAnalyzer
{
    /// <summary>The lower-case words of <paramref name="text"/> after synonyms, stop words included.</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var current = new StringBuilder(16);
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (c is '\'' or '\u2019' or '\u2018')
            {
                current.Append('\'');
            }
            else
            {
                Flush(current, words);
            }
        }

        Flush(current, words);
        return words;
    }

    /// <summary>
    /// <paramref name="text"/> cut where a phrase ends (sentence and clause punctuation, brackets, quotes, list
    /// bullets, spaced dashes): neighbouring words form a pair only within one phrase, so "…and Catalyst for
    /// Change. The learner role…" never pairs "change" with "learner". Hyphens inside words do not cut.
    /// </summary>
    public static IEnumerable<string> Phrases(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var breaks = c is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']' or '"' or '\u201C' or '\u201D'
                or '\n' or '\r' or '\u2022' or '*' or '\u2013' or '\u2014' or '+' or '&' or '/'
                || (c == '-' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (breaks)
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    /// <summary>The stemmed terms of <paramref name="text"/> (stop words dropped), in order.</summary>
    public static List<string> Terms(string? text)
    {
        var words = Words(text);
        var terms = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (!StopWords.Contains(word))
            {
                terms.Add(PorterStemmer.Stem(word));
            }
        }

        return terms;
    }

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length == 0)
        {
            return;
        }

        var word = current.ToString().Trim('\'');
        current.Clear();
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        word = word.Replace("'", "", StringComparison.Ordinal);
        if (word.Length == 0)
        {
            return;
        }

        if (Synonyms.Map.TryGetValue(word, out var replacement))
        {
            words.AddRange(replacement);
        }
        else
        {
            words.Add(word);
        }
    }
}
