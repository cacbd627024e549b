using System.Globalization;

namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>Times of day and day periods.</summary>
internal sealed partial class DateTimeParser
{
    /// <summary>"morning", "in the afternoon", "this evening", "at night".</summary>
    private bool TryPeriod(int i, out int used)
    {
        used = 0;
        var at = i;
        var isThis = At(at) == "this";
        if (isThis)
        {
            at++;
        }
        else if (At(at) == "in" && At(at + 1) == "the")
        {
            at += 2;
        }

        DayPeriod? named = CanonicalAt(at) switch
        {
            "morning" => DayPeriod.Morning,
            "afternoon" => DayPeriod.Afternoon,
            "evening" => DayPeriod.Evening,
            "night" => DayPeriod.Night,
            _ => null,
        };
        if (named is not { } value)
        {
            return false;
        }

        used = at + 1 - i;
        SetPeriod(value);
        if (isThis)
        {
            SetDate(today);
        }

        return true;
    }

    /// <summary>"3pm", "3 p.m.", "3:30pm", "15:30", "09:00", "3 o'clock", "noon", "12 noon", "midnight", "3" (bare).</summary>
    private bool TryTime(int i, bool afterAt, out int used)
    {
        used = 0;
        switch (CanonicalAt(i))
        {
            case "noon":
                used = 1;
                SetTime(new ClockTime(12, 0, null, Bare: false, Anchored: true));
                return true;
            case "midnight":
                used = 1;
                SetTime(new ClockTime(0, 0, null, Bare: false, Anchored: true));
                return true;
        }

        if (TryHalfOrQuarter(i, out used))
        {
            return true;
        }

        if (!TryHourToken(i, out var hour, out var minute, out var hasMinutes, out var meridiem, out var zeroPadded))
        {
            return false;
        }

        used = 1;
        var anchored = afterAt || hasMinutes || meridiem is not null;
        if (meridiem is null && At(i + 1) is "am" or "pm")
        {
            meridiem = At(i + 1);
            used++;
        }
        else if (meridiem is null && !hasMinutes && hour == 12 && CanonicalAt(i + 1) is "noon" or "midnight")
        {
            used++;
            SetTime(new ClockTime(CanonicalAt(i + 1) == "noon" ? 12 : 0, 0, null, Bare: false, Anchored: true));
            return true;
        }

        if (CanonicalAt(i + used) == "oclock" || (At(i + used) == "o" && At(i + used + 1) == "clock"))
        {
            used += CanonicalAt(i + used) == "oclock" ? 1 : 2;
            anchored = true;
        }

        if (meridiem is not null ? hour is < 1 or > 12 : hour > 23)
        {
            return false;
        }

        var bare = meridiem is null && !zeroPadded && hour is >= 1 and <= 12;
        SetTime(new ClockTime(hour, minute, meridiem, bare, anchored || meridiem is not null));
        return true;
    }

    /// <summary>"half past 3", "quarter past 10am", "quarter to 4": the hour stays bare unless it has am/pm.</summary>
    private bool TryHalfOrQuarter(int i, out int used)
    {
        used = 0;
        var minutes = At(i) switch { "half" => 30, "quarter" => 15, _ => -1 };
        var relation = At(i + 1);
        if (minutes < 0 || relation is not ("past" or "to") || (minutes == 30 && relation == "to"))
        {
            return false;
        }

        if (!TryHourToken(i + 2, out var hour, out _, out var hasMinutes, out var meridiem, out var zeroPadded) || hasMinutes
            || hour is < 1 or > 12 || (meridiem is null && zeroPadded))
        {
            return false;
        }

        used = 3;
        if (meridiem is null && At(i + 3) is "am" or "pm")
        {
            meridiem = At(i + 3);
            used++;
        }

        SetTime(relation == "to"
            ? new ClockTime(hour, 0, meridiem, Bare: meridiem is null, Anchored: true, MinutesBefore: minutes)
            : new ClockTime(hour, minutes, meridiem, Bare: meridiem is null, Anchored: true));
        return true;
    }

    /// <summary>A clock token ("3", "3:30pm", see <see cref="TryClock"/>) or an hour in words, "one" … "twelve".</summary>
    private bool TryHourToken(int i, out int hour, out int minute, out bool hasMinutes, out string? meridiem, out bool zeroPadded)
    {
        if (TryClock(At(i), out hour, out minute, out hasMinutes, out meridiem, out zeroPadded))
        {
            return true;
        }

        if (EnglishNumberWords.TryParseCardinal(tokens, i, out var words, out var used) && used == 1 && words is >= 1 and <= 12)
        {
            hour = (int)words;
            return true;
        }

        return false;
    }

    /// <summary>Reads "3", "15", "3:30", "3.30", "15:30:00", "3pm", "3:30p.m", "3a" from one token.</summary>
    private static bool TryClock(string token, out int hour, out int minute, out bool hasMinutes, out string? meridiem, out bool zeroPadded)
    {
        hour = 0;
        minute = 0;
        hasMinutes = false;
        meridiem = null;
        zeroPadded = false;
        var digits = 0;
        while (digits < token.Length && char.IsAsciiDigit(token[digits]))
        {
            digits++;
        }

        if (digits is < 1 or > 2)
        {
            return false;
        }

        hour = int.Parse(token.AsSpan(0, digits), CultureInfo.InvariantCulture);
        zeroPadded = digits == 2 && token[0] == '0';
        var rest = token.AsSpan(digits);
        if (rest.Length >= 3 && rest[0] is ':' or '.' && EnglishNumberWords.IsAsciiDigits(rest.Slice(1, 2)))
        {
            minute = int.Parse(rest.Slice(1, 2), CultureInfo.InvariantCulture);
            hasMinutes = true;
            rest = rest[3..];
            if (rest.Length >= 3 && rest[0] == ':' && EnglishNumberWords.IsAsciiDigits(rest.Slice(1, 2)))
            {
                rest = rest[3..]; // Seconds are accepted and dropped: nobody schedules a coaching chat to the second.
            }
        }

        if (minute > 59)
        {
            return false;
        }

        var suffix = rest.ToString().Replace(".", string.Empty, StringComparison.Ordinal);
        meridiem = suffix switch
        {
            "" => null,
            "am" or "a" => "am",
            "pm" or "p" => "pm",
            _ => "?",
        };
        return meridiem != "?";
    }

    private void SetTime(ClockTime value)
    {
        if (time is not null)
        {
            failed = true;
            return;
        }

        time = value;
    }
}
