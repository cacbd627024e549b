using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// Reads time spent as people type it: "20 min", "20 minutes", "45m", "1 h", "1.5 hours", "1 h 30 min", "1h30".
/// A number directly after a minus sign is negative ("-5 min"). Pure and thread-safe.
/// </summary>
public static partial class DurationText
{
    private const string Unit = @"(?:minutes|minute|mins|min|m)\b\.?";
    private const string HourUnit = @"(?:hours|hour|hrs|hr|h)\b\.?";

    /// <summary>
    /// The pattern of one duration (named groups: sign, hours, hourMinutes, minutes, compactHours, compactMinutes).
    /// </summary>
    internal const string Pattern =
        @"(?<sign>[-\u2212+])?(?:"
        + @"(?<compactHours>\d{1,2})h(?<compactMinutes>\d{2})\b"
        + @"|(?<hours>\d+(?:[.,]\d+)?)\s*" + HourUnit + @"(?:\s*(?:and\s+)?(?<hourMinutes>\d+)\s*" + Unit + ")?"
        + @"|(?<minutes>\d+(?:[.,]\d+)?)\s*" + Unit
        + ")";

    /// <summary>The minutes <paramref name="text"/> says, when the whole text is one duration; a bare number is minutes.</summary>
    public static bool TryReadWhole(string? text, out int minutes)
    {
        minutes = 0;
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length is 0 or > 40)
        {
            return false;
        }

        var match = WholeDuration().Match(trimmed);
        if (match.Success)
        {
            return TryMinutes(match, out minutes);
        }

        return false;
    }

    /// <summary>The minutes of a match of <see cref="Pattern"/> (rounded to whole minutes; negative after a minus sign).</summary>
    internal static bool TryMinutes(Match match, out int minutes)
    {
        minutes = 0;
        double total;
        if (match.Groups["compactHours"].Success)
        {
            total = (Number(match.Groups["compactHours"].Value) * 60) + Number(match.Groups["compactMinutes"].Value);
        }
        else if (match.Groups["hours"].Success)
        {
            total = Number(match.Groups["hours"].Value) * 60;
            if (match.Groups["hourMinutes"].Success)
            {
                total += Number(match.Groups["hourMinutes"].Value);
            }
        }
        else if (match.Groups["minutes"].Success)
        {
            total = Number(match.Groups["minutes"].Value);
        }
        else
        {
            return false;
        }

        if (double.IsNaN(total) || total > int.MaxValue / 2)
        {
            minutes = int.MaxValue / 2;
            return true;
        }

        minutes = (int)Math.Round(total, MidpointRounding.AwayFromZero);
        if (match.Groups["sign"].Value is "-" or "\u2212")
        {
            minutes = -minutes;
        }

        return true;
    }

    private static double Number(string digits) =>
        double.TryParse(digits.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

    [GeneratedRegex(@"^(?:" + Pattern + @"|(?<sign>[-\u2212+])?(?<minutes>\d+(?:[.,]\d+)?))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeDuration();
}
