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
