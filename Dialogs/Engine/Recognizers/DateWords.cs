using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>
/// The English words of dates and times (months, weekdays, relative days, day periods, duration units), with
/// typo tolerance for the long ones ("tommorow", "wensday", "septmber") and, as a fallback, the month and
/// day names of the user's culture ("desember", "mandag", "déc").
/// </summary>
internal static class DateWords
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4,
        ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11,
        ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday, ["weds"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Other words, mapped to the spelling the parser switches on.</summary>
    private static readonly FrozenDictionary<string, string> Keywords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["today"] = "today", ["tonight"] = "tonight", ["tonite"] = "tonight", ["tomorrow"] = "tomorrow",
        ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow", ["tmrow"] = "tomorrow", ["tomoz"] = "tomorrow",
        ["yesterday"] = "yesterday", ["overmorrow"] = "overmorrow", ["now"] = "now", ["noon"] = "noon",
        ["midday"] = "noon", ["midnight"] = "midnight", ["morning"] = "morning", ["afternoon"] = "afternoon",
        ["evening"] = "evening", ["night"] = "night", ["oclock"] = "oclock",
        ["day"] = "day", ["days"] = "day", ["week"] = "week", ["weeks"] = "week", ["wk"] = "week", ["wks"] = "week",
        ["fortnight"] = "fortnight", ["fortnights"] = "fortnight", ["month"] = "month", ["months"] = "month",
        ["year"] = "year", ["years"] = "year", ["yr"] = "year", ["yrs"] = "year",
        ["hour"] = "hour", ["hours"] = "hour", ["hr"] = "hour", ["hrs"] = "hour",
        ["minute"] = "minute", ["minutes"] = "minute", ["min"] = "minute", ["mins"] = "minute",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words long enough to carry a typo; a token is corrected only to a unique closest one.</summary>
    private static readonly ImmutableArray<string> TypoTargets =
    [
        "today", "tonight", "tomorrow", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "april", "august", "september", "october", "november",
        "december", "midnight", "morning", "afternoon", "evening", "minute",
    ];

    /// <summary>The token as the parser knows it: itself when known, its unique typo-corrected form, or itself.</summary>
    public static string Canonical(string token)
    {
        if (Keywords.TryGetValue(token, out var keyword))
        {
            return keyword;
        }

        if (Months.ContainsKey(token) || Weekdays.ContainsKey(token) || token.Length < 5 || !token.All(char.IsAsciiLetter))
        {
            return token;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var target in TypoTargets)
        {
            var allowed = EditDistance.MaxTypos(target.Length);
            var distance = EditDistance.DamerauLevenshtein(token, target, allowed);
            if (distance > allowed || distance > bestDistance)
            {
                continue;
            }

            tie = distance == bestDistance;
            if (distance < bestDistance)
            {
                best = target;
                bestDistance = distance;
            }
        }

        return best is null || tie ? token : Keywords.GetValueOrDefault(best, best);
    }

    /// <summary>A month name or abbreviation (English, else the culture's) → 1..12.</summary>
    public static bool TryMonth(string token, CultureInfo culture, out int month)
    {
        var canonical = Canonical(token);
        if (Months.TryGetValue(canonical, out month))
        {
            return true;
        }

        var format = culture.DateTimeFormat;
        return TryCultureName(token, [format.MonthNames, format.MonthGenitiveNames, format.AbbreviatedMonthNames, format.AbbreviatedMonthGenitiveNames], out month)
            && month is >= 1 and <= 12;
    }

    /// <summary>A weekday name or abbreviation (English, else the culture's).</summary>
    public static bool TryWeekday(string token, CultureInfo culture, out DayOfWeek day)
    {
        if (Weekdays.TryGetValue(Canonical(token), out day))
        {
            return true;
        }

        var format = culture.DateTimeFormat;
        if (TryCultureName(token, [format.DayNames, format.AbbreviatedDayNames], out var index) && index is >= 1 and <= 7)
        {
            day = (DayOfWeek)(index - 1);
            return true;
        }

        return false;
    }

    /// <summary>Finds the token among the culture's names (normalised, 3+ characters); index is 1-based.</summary>
    private static bool TryCultureName(string token, string[][] nameLists, out int index)
    {
        index = 0;
        if (token.Length < 3)
        {
            return false;
        }

        foreach (var names in nameLists)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (TextNormalizer.Normalize(names[i]) == token)
                {
                    index = i + 1;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The order of day, month and year in the culture's short date pattern, e.g. "MDY" for en-US.</summary>
    public static string DateOrder(CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.ShortDatePattern;
        var positions = new List<(int Index, char Part)>();
        foreach (var part in "dMy")
        {
            var index = pattern.IndexOf(part, StringComparison.Ordinal);
            positions.Add((index < 0 ? int.MaxValue : index, part == 'd' ? 'D' : part == 'M' ? 'M' : 'Y'));
        }

        var order = new string([.. positions.OrderBy(p => p.Index).Select(p => p.Part)]);
        return order is "DMY" or "MDY" or "YMD" or "YDM" ? order : "MDY";
    }
}
