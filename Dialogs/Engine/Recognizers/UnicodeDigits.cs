using System.Globalization;
using System.Text;

namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>Maps decimal digits of any script ("٣", "३", "３") to ASCII so one parser serves them all.</summary>
internal static class UnicodeDigits
{
    /// <summary>The text with every Unicode decimal digit replaced by its ASCII digit; other characters unchanged.</summary>
    public static string ToAscii(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) || !char.IsDigit(c))
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length);
            builder.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)));
        }

        return builder?.ToString() ?? text;
    }
}
