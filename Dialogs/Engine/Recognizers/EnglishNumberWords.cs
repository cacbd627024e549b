using System.Collections.Frozen;
using System.Globalization;

namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>
/// English number words over normalised tokens (see <see cref="TextNormalizer.Tokenize"/>): cardinals
/// ("zero" … "nineteen", tens, "twenty five", "a hundred and five", "two thousand", "a dozen", "half a dozen")
/// and ordinals ("first" … "ninety ninth", digit ordinals "1st", "22nd", "103rd"). Each parser reads from a
/// start index and reports how many tokens it used, so callers decide whether the whole text had to be a number.
/// </summary>
internal static class EnglishNumberWords
{
    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["nought"] = 0, ["nil"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, long> Scales = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> OrdinalUnits = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> OrdinalTens = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50, ["sixtieth"] = 60,
        ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Reads the longest English cardinal starting at <paramref name="start"/>. Digits are not read here.
    /// "twenty thirty" reads "twenty" and stops; the caller sees the unused token.
    /// </summary>
    public static bool TryParseCardinal(IReadOnlyList<string> tokens, int start, out long value, out int consumed)
    {
        value = 0;
        consumed = 0;
        if (start < 0 || start >= tokens.Count)
        {
            return false;
        }

        if (TryParseDozen(tokens, start, out value, out consumed))
        {
            return true;
        }

        long total = 0;
        var index = start;
        var lastScale = long.MaxValue;
        var any = false;
        while (index < tokens.Count)
        {
            var groupStart = index;
            if (any && tokens[index] == "and" && index + 1 < tokens.Count)
            {
                groupStart = index + 1;
            }

            if (!TryParseGroup(tokens, groupStart, allowArticle: !any, out var group, out var used))
            {
                break;
            }

            var next = groupStart + used;
            if (next < tokens.Count && Scales.TryGetValue(tokens[next], out var scale) && scale < lastScale && group > 0)
            {
                total += group * scale;
                lastScale = scale;
                index = next + 1;
                any = true;
                continue;
            }

            total += group;
            index = next;
            any = true;
            break;
        }

        if (!any)
        {
            return false;
        }

        value = total;
        consumed = index - start;
        return true;
    }

    /// <summary>
    /// Reads an ordinal at <paramref name="start"/>: a digit ordinal with the right suffix ("1st", "12th", "22nd";
    /// not "1th"), an ordinal word ("third", "twentieth") or tens plus an ordinal unit ("twenty first").
    /// </summary>
    public static bool TryParseOrdinal(IReadOnlyList<string> tokens, int start, out int value, out int consumed)
    {
        value = 0;
        consumed = 0;
        if (start < 0 || start >= tokens.Count)
        {
            return false;
        }

        var token = tokens[start];
        if (TryParseDigitOrdinal(token, out value)
            || OrdinalUnits.TryGetValue(token, out value)
            || OrdinalTens.TryGetValue(token, out value))
        {
            consumed = 1;
            return true;
        }

        if (Tens.TryGetValue(token, out var tens) && start + 1 < tokens.Count
            && OrdinalUnits.TryGetValue(tokens[start + 1], out var unit) && unit < 10)
        {
            value = tens + unit;
            consumed = 2;
            return true;
        }

        return false;
    }

    /// <summary>"1st", "2nd", "3rd", "4th", "11th", "21st", "112th": digits with the suffix English uses for them (no "0th").</summary>
    public static bool TryParseDigitOrdinal(string token, out int value)
    {
        value = 0;
        if (token.Length < 3 || token.Length > 11)
        {
            return false;
        }

        var digits = token.AsSpan(0, token.Length - 2);
        var suffix = token.AsSpan(token.Length - 2);
        if (!IsAsciiDigits(digits) || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return false;
        }

        var expected = (number % 100) is >= 11 and <= 13 ? "th" : (number % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        if (!suffix.SequenceEqual(expected))
        {
            return false;
        }

        value = number;
        return true;
    }

    /// <summary>True when every character is an ASCII digit and there is at least one.</summary>
    public static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseDozen(IReadOnlyList<string> tokens, int start, out long value, out int consumed)
    {
        value = 0;
        consumed = 0;
        var index = start;
        long multiplier;
        if (tokens[index] == "half" && index + 2 < tokens.Count && IsArticle(tokens[index + 1]) && tokens[index + 2] == "dozen")
        {
            value = 6;
            consumed = 3;
            return true;
        }

        if (tokens[index] == "dozen")
        {
            multiplier = 1;
        }
        else if (index + 1 < tokens.Count && tokens[index + 1] == "dozen"
            && (IsArticle(tokens[index]) || (Units.TryGetValue(tokens[index], out var unit) && unit > 0)))
        {
            multiplier = IsArticle(tokens[index]) ? 1 : Units[tokens[index]];
            index++;
        }
        else
        {
            return false;
        }

        value = multiplier * 12;
        consumed = index - start + 1;
        return true;
    }

    /// <summary>A group below one thousand: "seven", "forty two", "a hundred", "three hundred and six".</summary>
    private static bool TryParseGroup(IReadOnlyList<string> tokens, int start, bool allowArticle, out long value, out int consumed)
    {
        value = 0;
        consumed = 0;
        if (start >= tokens.Count)
        {
            return false;
        }

        var first = tokens[start];
        var hasNext = start + 1 < tokens.Count;
        if (allowArticle && IsArticle(first) && hasNext && Scales.ContainsKey(tokens[start + 1]))
        {
            value = 1;
            consumed = 1;
            return true;
        }

        var hundredsDigit = IsArticle(first) && allowArticle ? 1 : Units.GetValueOrDefault(first, -1);
        if (hundredsDigit is >= 1 and <= 9 && hasNext && tokens[start + 1] == "hundred")
        {
            var index = start + 2;
            value = hundredsDigit * 100;
            if (index + 1 < tokens.Count && tokens[index] == "and" && TryParseBelowHundred(tokens, index + 1, out var rest, out var restUsed) && rest > 0)
            {
                value += rest;
                index += 1 + restUsed;
            }
            else if (TryParseBelowHundred(tokens, index, out rest, out restUsed) && rest > 0)
            {
                value += rest;
                index += restUsed;
            }

            consumed = index - start;
            return true;
        }

        if (TryParseBelowHundred(tokens, start, out var small, out consumed))
        {
            value = small;
            return true;
        }

        return false;
    }

    private static bool TryParseBelowHundred(IReadOnlyList<string> tokens, int start, out int value, out int consumed)
    {
        value = 0;
        consumed = 0;
        if (start >= tokens.Count)
        {
            return false;
        }

        if (Tens.TryGetValue(tokens[start], out value))
        {
            consumed = 1;
            if (start + 1 < tokens.Count && Units.TryGetValue(tokens[start + 1], out var unit) && unit is >= 1 and <= 9)
            {
                value += unit;
                consumed = 2;
            }

            return true;
        }

        if (Units.TryGetValue(tokens[start], out value))
        {
            consumed = 1;
            return true;
        }

        return false;
    }

    private static bool IsArticle(string token) => token is "a" or "an";
}
