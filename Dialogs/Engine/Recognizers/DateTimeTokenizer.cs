using System.Text;

namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>
/// Splits date/time text into lower-case, diacritic-free tokens, keeping the separators that carry meaning
/// inside tokens with digits ("3/12/2026", "15:30", "3.30pm", "2026-12-03"). "@" becomes "at"; "a.m."/"p.m."
/// become "am"/"pm"; word-only tokens are split on "-", ".", "/" and ":" ("twenty-five" → "twenty", "five");
/// apostrophes join ("o'clock" → "oclock"); every other punctuation mark or symbol separates tokens.
/// </summary>
internal static class DateTimeTokenizer
{
    /// <summary>The tokens, or null when there are more than <paramref name="maxTokens"/> of them.</summary>
    public static string[]? Tokenize(string text, int maxTokens)
    {
        var folded = UnicodeDigits.ToAscii(TextNormalizer.RemoveDiacritics(text)).ToLowerInvariant();
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c is '/' or '-' or '.' or ':')
            {
                current.Append(c);
                continue;
            }

            if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u02BC')
            {
                continue;
            }

            if (!Flush(current, tokens, maxTokens))
            {
                return null;
            }

            if (c == '@')
            {
                tokens.Add("at");
            }
        }

        return Flush(current, tokens, maxTokens) && tokens.Count <= maxTokens ? [.. tokens] : null;
    }

    private static bool Flush(StringBuilder current, List<string> tokens, int maxTokens)
    {
        if (current.Length == 0)
        {
            return true;
        }

        var raw = current.ToString().Trim('-', '.', '/', ':');
        current.Clear();
        if (raw.Length == 0)
        {
            return true;
        }

        if (raw.Any(char.IsAsciiDigit))
        {
            AddWithDigits(raw, tokens);
        }
        else if (raw.Replace(".", string.Empty, StringComparison.Ordinal) is var meridiem && meridiem is "am" or "pm")
        {
            tokens.Add(meridiem);
        }
        else
        {
            tokens.AddRange(raw.Split(['-', '.', '/', ':'], StringSplitOptions.RemoveEmptyEntries));
        }

        return tokens.Count <= maxTokens;
    }

    /// <summary>Keeps a digit token whole, except an ISO "2026-12-03t15:30" which becomes date and time.</summary>
    private static void AddWithDigits(string raw, List<string> tokens)
    {
        var t = raw.IndexOf('t', StringComparison.Ordinal);
        if (t == 10 && raw.Length > 11 && raw[4] == '-' && raw[7] == '-' && char.IsAsciiDigit(raw[11])
            && EnglishNumberWords.IsAsciiDigits(raw.AsSpan(0, 4)))
        {
            tokens.Add(raw[..t]);
            tokens.Add(raw[(t + 1)..]);
            return;
        }

        tokens.Add(raw);
    }
}
