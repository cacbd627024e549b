using System.Globalization;
using System.Text;

namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>
/// Folds free text into a form that is cheap to compare: lower case, no diacritics, no punctuation or
/// symbols, single spaces, trimmed. "  Café — Crème-Brûlée!! " becomes "cafe creme brulee".
/// </summary>
/// <remarks>
/// The result is for matching, never for display. Rules, in order:
/// <list type="bullet">
/// <item>Compatibility decomposition (NFKD): full-width letters and digits become ASCII, ligatures split,
/// accented letters lose their accents (the combining diacritics of Latin, Greek and Cyrillic; marks that are
/// part of a letter in other scripts, such as Devanagari vowel signs or Japanese voicing marks, are kept).</item>
/// <item>Letters a plain decomposition keeps are folded too: ø→o, æ→ae, œ→oe, ß→ss, ł→l, đ/ð→d, þ→th, ı→i, ħ→h.</item>
/// <item>Apostrophes (' ’ ‘ ʼ `) join their neighbours ("don't" → "dont").</item>
/// <item>Every other non-letter, non-digit character (punctuation, symbols, emoji, controls, all kinds of
/// spaces) separates words; runs of separators become one space.</item>
/// </list>
/// Pure, allocation-light (one pass) and safe for any input, including lone surrogates.
/// </remarks>
public static class TextNormalizer
{
    /// <summary>Normalises <paramref name="text"/> as described on the type; null or blank gives "".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = SafeNormalize(text, NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (IsDiacritic(rune) || IsApostrophe(rune))
            {
                continue;
            }

            if (IsMark(category))
            {
                // A mark that is part of the letter in its script (Devanagari vowel signs, Japanese dakuten) stays
                // with its word; one with no word before it is dropped.
                if (!pendingSpace && builder.Length > 0)
                {
                    builder.Append(rune.ToString());
                }

                continue;
            }

            if (IsWordCharacter(category))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                AppendFolded(builder, Rune.ToLowerInvariant(rune));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return SafeNormalize(builder.ToString(), NormalizationForm.FormC);
    }

    /// <summary>The words of <see cref="Normalize"/>: never null, no empty entries.</summary>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length == 0 ? [] : normalized.Split(' ');
    }

    /// <summary>
    /// Removes diacritics only (and applies the same letter folding as <see cref="Normalize"/> for letters
    /// such as ø and ß), keeping case, punctuation and spacing: "Crème brûlée, 3 déc." → "Creme brulee, 3 dec.".
    /// </summary>
    public static string RemoveDiacritics(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = SafeNormalize(text, NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (!IsDiacritic(rune))
            {
                AppendFolded(builder, rune);
            }
        }

        return SafeNormalize(builder.ToString(), NormalizationForm.FormC);
    }

    private static string SafeNormalize(string text, NormalizationForm form)
    {
        try
        {
            return text.IsNormalized(form) ? text : text.Normalize(form);
        }
        catch (ArgumentException)
        {
            // Ill-formed UTF-16 (a lone surrogate): replace the bad code units, then normalise.
            var builder = new StringBuilder(text.Length);
            foreach (var rune in text.EnumerateRunes())
            {
                builder.Append(rune.ToString());
            }

            return builder.ToString().Normalize(form);
        }
    }

    /// <summary>
    /// Accents and other combining diacritics of the Latin, Greek and Cyrillic scripts, plus emoji variation
    /// selectors. Marks of other scripts (Devanagari vowel signs, Japanese voicing marks) change the letter and stay.
    /// </summary>
    private static bool IsDiacritic(Rune rune) => rune.Value is (>= 0x0300 and <= 0x036F) or (>= 0x1AB0 and <= 0x1AFF)
        or (>= 0x1DC0 and <= 0x1DFF) or (>= 0x20D0 and <= 0x20FF) or (>= 0xFE20 and <= 0xFE2F) or (>= 0xFE00 and <= 0xFE0F);

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsWordCharacter(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    private static bool IsApostrophe(Rune rune) => rune.Value is '\'' or '`' or '\u2019' or '\u2018' or '\u02BC';

    private static void AppendFolded(StringBuilder builder, Rune rune)
    {
        switch (rune.Value)
        {
            case 'ø': builder.Append('o'); break;
            case 'Ø': builder.Append('O'); break;
            case 'æ': builder.Append("ae"); break;
            case 'Æ': builder.Append("AE"); break;
            case 'œ': builder.Append("oe"); break;
            case 'Œ': builder.Append("OE"); break;
            case 'ß': builder.Append("ss"); break;
            case 'ẞ': builder.Append("SS"); break;
            case 'ł': builder.Append('l'); break;
            case 'Ł': builder.Append('L'); break;
            case 'đ' or 'ð': builder.Append('d'); break;
            case 'Đ' or 'Ð': builder.Append('D'); break;
            case 'þ': builder.Append("th"); break;
            case 'Þ': builder.Append("TH"); break;
            case 'ı': builder.Append('i'); break;
            case 'ħ': builder.Append('h'); break;
            case 'Ħ': builder.Append('H'); break;
            default: builder.Append(rune.ToString()); break;
        }
    }
}
