using System.Globalization;

namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>
/// Reads a number the user typed as the whole reply. Pure and thread-safe.
/// </summary>
/// <remarks>
/// Accepted, in the user's culture:
/// <list type="bullet">
/// <item>Digits with the culture's decimal separator and, optionally, its digit grouping ("1,234.5" in en-US,
/// "1.234,5" in de-DE, "1 234,5" in fr-FR or nb-NO, "1,00,000" in en-IN); any script's decimal digits and
/// full-width forms; a leading "+", "-" or "−", or the word "minus"/"negative".</item>
/// <item>A single "." or "," that cannot be the culture's thousands separator is read as the decimal point, so
/// "3,5" is 3.5 in en-US too and "1.5" is 1.5 in de-DE. A single separator followed by exactly three digits
/// that is neither the culture's decimal nor its group separator ("1.500" in fr-FR) is ambiguous → null.</item>
/// <item>English words: "zero" … "nineteen", tens ("twenty five", "twenty-five"), hundreds/thousands/millions
/// ("a hundred and five"), "a dozen", "two dozen", "half a dozen".</item>
/// <item>Ordinals as their number: "1st", "22nd", "third", "twenty-first" (digit ordinals need the right suffix).</item>
/// </list>
/// Anything else is null: extra words ("12abc", "5 apples"), two decimal points ("1.2.3"), exponents, empty
/// or blank text, text over 100 characters, values outside <see cref="decimal"/>.
/// </remarks>
public static class NumberRecognizer
{
    private const int MaxLength = 100;

    /// <summary>The number in <paramref name="text"/> read in <paramref name="culture"/>, or null.</summary>
    public static decimal? Recognize(string? text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        // NFKD turns full-width digits into ASCII and no-break spaces into plain spaces.
        var folded = UnicodeDigits.ToAscii(TextNormalizer.RemoveDiacritics(text)).Trim();
        if (folded.Length == 0)
        {
            return null;
        }

        foreach (var word in (ReadOnlySpan<string>)["minus ", "negative "])
        {
            if (folded.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                var rest = folded[word.Length..].TrimStart();
                return rest.Length == 0 || IsSign(rest[0]) ? null : -ParseUnsigned(rest, culture.NumberFormat);
            }
        }

        var negative = false;
        if (IsSign(folded[0]))
        {
            negative = folded[0] != '+';
            folded = folded[1..];
            if (folded.Length == 0 || (!char.IsAsciiDigit(folded[0]) && folded[0] is not '.' and not ','))
            {
                return null;
            }
        }

        var value = ParseUnsigned(folded, culture.NumberFormat);
        return negative ? -value : value;
    }

    private static bool IsSign(char c) => c is '+' or '-' or '\u2212' or '\u2012' or '\u2013';

    private static decimal? ParseUnsigned(string text, NumberFormatInfo format)
    {
        if (TryParseDigits(text, format, out var number))
        {
            return number;
        }

        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        if (EnglishNumberWords.TryParseCardinal(tokens, 0, out var cardinal, out var used) && used == tokens.Count)
        {
            return cardinal;
        }

        if (EnglishNumberWords.TryParseOrdinal(tokens, 0, out var ordinal, out used) && used == tokens.Count)
        {
            return ordinal;
        }

        return null;
    }

    private static bool TryParseDigits(string text, NumberFormatInfo format, out decimal value)
    {
        value = 0;
        var decimalSeparator = format.NumberDecimalSeparator;
        var groupSeparator = format.NumberGroupSeparator;
        if (groupSeparator.Length > 0 && groupSeparator.All(char.IsWhiteSpace))
        {
            groupSeparator = " ";
        }
        else if (groupSeparator is "\u2019" or "'")
        {
            groupSeparator = "'";
            text = text.Replace('\u2019', '\'');
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c is not '.' and not ',' && !decimalSeparator.Contains(c) && !groupSeparator.Contains(c))
            {
                return false;
            }
        }

        var canonical = StrictCanonical(text, decimalSeparator, groupSeparator, format.NumberGroupSizes)
            ?? LoneSeparatorCanonical(text);
        return canonical is not null
            && decimal.TryParse(canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>"1.234,5" → "1234.5" by the culture's rules, or null when the text breaks them.</summary>
    private static string? StrictCanonical(string text, string decimalSeparator, string groupSeparator, int[] groupSizes)
    {
        var parts = text.Split(decimalSeparator);
        if (parts.Length > 2)
        {
            return null;
        }

        var integer = parts[0];
        var fraction = parts.Length == 2 ? parts[1] : string.Empty;
        if ((fraction.Length > 0 && !EnglishNumberWords.IsAsciiDigits(fraction)) || (integer.Length == 0 && fraction.Length == 0))
        {
            return null;
        }

        if (integer.Length > 0 && !EnglishNumberWords.IsAsciiDigits(integer))
        {
            if (groupSeparator.Length == 0)
            {
                return null;
            }

            var groups = integer.Split(groupSeparator);
            if (!HasValidGrouping(groups, groupSizes) && !HasValidGrouping(groups, [3]))
            {
                return null;
            }

            integer = string.Concat(groups);
        }

        return fraction.Length > 0 ? integer + "." + fraction : integer;
    }

    /// <summary>Groups read right to left must follow the sizes (the last size repeats); the leftmost may be shorter.</summary>
    private static bool HasValidGrouping(string[] groups, int[] sizes)
    {
        if (groups.Length < 2 || sizes.Length == 0 || sizes[0] <= 0)
        {
            return false;
        }

        for (var g = groups.Length - 1; g >= 0; g--)
        {
            var fromRight = groups.Length - 1 - g;
            var size = sizes[Math.Min(fromRight, sizes.Length - 1)];
            if (size <= 0 || !EnglishNumberWords.IsAsciiDigits(groups[g]))
            {
                return false;
            }

            if (g == 0 ? groups[g].Length > size : groups[g].Length != size)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Exactly one "." or "," and digits around it: a decimal point, unless it may be a thousands separator.</summary>
    private static string? LoneSeparatorCanonical(string text)
    {
        var at = text.AsSpan().IndexOfAny('.', ',');
        if (at < 0 || text.AsSpan(at + 1).IndexOfAny('.', ',') >= 0)
        {
            return null;
        }

        var before = text[..at];
        var after = text[(at + 1)..];
        var digitsOnly = (before.Length == 0 || EnglishNumberWords.IsAsciiDigits(before))
            && (after.Length == 0 || EnglishNumberWords.IsAsciiDigits(after));
        if (!digitsOnly || before.Length + after.Length == 0 || (after.Length == 3 && before.Length is >= 1 and <= 3))
        {
            return null;
        }

        return before + "." + after;
    }
}
