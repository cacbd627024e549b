using System.Globalization;

namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>Dates: relative words, weekdays, durations, numeric and month-name dates.</summary>
internal sealed partial class DateTimeParser
{
    private const long MaxDays = 36_600;

    private bool TryDate(int i, string previous, out int used) =>
        TryRelativeDay(i, out used)
        || TryWeekRelative(i, out used)
        || TryWeekday(i, out used)
        || TryDuration(i, out used)
        || TryNumericDate(i, out used)
        || TryDayMonth(i, out used)
        || TryMonthDay(i, out used)
        || TryDayOfMonth(i, previous, out used);

    private bool TryRelativeDay(int i, out int used)
    {
        used = 1;
        switch (CanonicalAt(i))
        {
            case "today":
                SetDate(today);
                return true;
            case "tonight":
                SetDate(today);
                SetPeriod(DayPeriod.Night);
                dateIsTonight = true;
                return true;
            case "tomorrow":
                SetDate(today.AddDays(1));
                return true;
            case "yesterday":
                SetDate(today.AddDays(-1));
                return true;
            case "overmorrow":
                SetDate(today.AddDays(2));
                return true;
            case "now":
                SetExact(now);
                return true;
            case "right" when CanonicalAt(i + 1) == "now":
                used = 2;
                SetExact(now);
                return true;
            case "day" when At(i + 1) == "after" && CanonicalAt(i + 2) == "tomorrow":
                used = 3;
                SetDate(today.AddDays(2));
                return true;
            case "day" when At(i + 1) == "before" && CanonicalAt(i + 2) == "yesterday":
                used = 3;
                SetDate(today.AddDays(-2));
                return true;
            default:
                return false;
        }
    }

    /// <summary>"this/next/last/coming &lt;weekday&gt;", "next/last week|month|year", "next week (on) friday".</summary>
    private bool TryWeekRelative(int i, out int used)
    {
        used = 0;
        var word = At(i);
        var next = i + 1;
        if (word == "this" && At(next) == "coming")
        {
            word = "coming";
            next++;
        }

        if (word is not ("this" or "coming" or "next" or "last" or "past" or "previous"))
        {
            return false;
        }

        if (DateWords.TryWeekday(At(next), culture, out var day))
        {
            used = next + 1 - i;
            SetDate(word switch
            {
                "this" => today.AddDays(DaysUntil(day, includeToday: true)),
                "coming" => today.AddDays(DaysUntil(day, includeToday: false)),
                "next" => InWeek(StartOfWeek(today).AddDays(7), day),
                _ => today.AddDays(-DaysSince(day)),
            });
            return true;
        }

        if (word is "coming" or "this")
        {
            return false;
        }

        var direction = word == "next" ? 1 : -1;
        switch (CanonicalAt(next))
        {
            case "week":
                var weekStartDate = StartOfWeek(today).AddDays(7 * direction);
                used = next + 1 - i;
                var on = At(i + used) == "on" ? 1 : 0;
                if (DateWords.TryWeekday(At(i + used + on), culture, out var inWeek))
                {
                    used += on + 1;
                    SetDate(InWeek(weekStartDate, inWeek));
                }
                else
                {
                    SetDate(weekStartDate);
                }

                return true;
            case "month":
                used = next + 1 - i;
                SetDate(new DateOnly(today.Year, today.Month, 1).AddMonths(direction));
                return true;
            case "year":
                used = next + 1 - i;
                SetDate(new DateOnly(today.Year + direction, 1, 1));
                return true;
            default:
                return false;
        }
    }

    /// <summary>"monday" (the next one after today), optionally "monday next/this/last week".</summary>
    private bool TryWeekday(int i, out int used)
    {
        used = 0;
        if (!DateWords.TryWeekday(At(i), culture, out var day))
        {
            return false;
        }

        used = 1;
        var which = At(i + 1);
        if (which is "next" or "this" or "last" && CanonicalAt(i + 2) == "week")
        {
            used = 3;
            var offset = which switch { "next" => 7, "last" => -7, _ => 0 };
            SetDate(InWeek(StartOfWeek(today).AddDays(offset), day));
            return true;
        }

        SetWeekdayDate(today.AddDays(DaysUntil(day, includeToday: false)), day);
        return true;
    }

    /// <summary>"in 3 days", "in two weeks", "in an hour", "in half an hour", "3 days from now", "a week ago".</summary>
    private bool TryDuration(int i, out int used)
    {
        used = 0;
        var isIn = At(i) == "in";
        var start = isIn ? i + 1 : i;
        if (!TryAmount(start, out var amount, out var unit, out var length))
        {
            return false;
        }

        var end = start + length;
        var sign = 1;
        var origin = today;
        if (isIn)
        {
            used = end - i;
        }
        else if (At(end) == "from" && CanonicalAt(end + 1) is "now" or "today" or "tomorrow")
        {
            origin = CanonicalAt(end + 1) == "tomorrow" ? today.AddDays(1) : today;
            if (CanonicalAt(end + 1) == "tomorrow" && unit is "hour" or "minute")
            {
                return false;
            }

            used = end + 2 - i;
        }
        else if (At(end) is "later" or "ago")
        {
            sign = At(end) == "ago" ? -1 : 1;
            used = end + 1 - i;
        }
        else
        {
            return false;
        }

        var signed = sign * amount;
        switch (unit)
        {
            case "hour" or "minute":
                var minutes = unit == "hour" ? signed * 60 : signed;
                if (Math.Abs(minutes) > MaxDays * 24 * 60)
                {
                    failed = true;
                    return true;
                }

                SetExact(now.AddMinutes(minutes));
                return true;
            case "month" or "year":
                var months = unit == "year" ? signed * 12 : signed;
                if (Math.Abs(months) > MaxDays / 28)
                {
                    failed = true;
                    return true;
                }

                var monthIndex = origin.Year * 12L + origin.Month - 1 + months;
                if (monthIndex / 12 is < MinYear or > MaxYear)
                {
                    failed = true;
                    return true;
                }

                SetDate(origin.AddMonths((int)months));
                return true;
            default:
                var days = unit switch { "week" => signed * 7, "fortnight" => signed * 14, _ => signed };
                SetDate(AddDays(origin, days));
                return true;
        }
    }

    /// <summary>An amount and a unit: "3 days", "twenty five minutes", "a week", "an hour", "half an hour", "a couple of days".</summary>
    private bool TryAmount(int start, out long amount, out string unit, out int length)
    {
        amount = 0;
        unit = string.Empty;
        length = 0;
        if (At(start) == "half" && At(start + 1) is "an" or "a" && CanonicalAt(start + 2) == "hour")
        {
            amount = 30;
            unit = "minute";
            length = 3;
            return true;
        }

        int amountLength;
        if (At(start) is "a" or "an" && At(start + 1) == "couple" && At(start + 2) == "of")
        {
            amount = 2;
            amountLength = 3;
        }
        else if (At(start) is "a" or "an")
        {
            amount = 1;
            amountLength = 1;
        }
        else if (EnglishNumberWords.IsAsciiDigits(At(start)) && At(start).Length <= 6)
        {
            amount = long.Parse(At(start), CultureInfo.InvariantCulture);
            amountLength = 1;
        }
        else if (!EnglishNumberWords.TryParseCardinal(tokens, start, out amount, out amountLength) || amount > 1_000_000)
        {
            return false;
        }

        unit = CanonicalAt(start + amountLength);
        if (unit is not ("day" or "week" or "fortnight" or "month" or "year" or "hour" or "minute"))
        {
            return false;
        }

        length = amountLength + 1;
        return true;
    }

    /// <summary>"2026-12-03", "3/12/2026", "03.12.26", "3/12" (order by culture; ISO when the year comes first).</summary>
    private bool TryNumericDate(int i, out int used)
    {
        used = 0;
        var token = At(i);
        var separatorAt = token.AsSpan().IndexOfAny('/', '-', '.');
        if (separatorAt <= 0)
        {
            return false;
        }

        var parts = token.Split(token[separatorAt]);
        if (parts.Length is < 2 or > 3 || parts.Any(p => !EnglishNumberWords.IsAsciiDigits(p) || p.Length > 4))
        {
            return false;
        }

        if (parts.Length == 2 && token[separatorAt] == '.' && !culture.DateTimeFormat.DateSeparator.Contains('.', StringComparison.Ordinal))
        {
            return false; // "3.30" is a time (or a decimal) where dates are not written with dots.
        }

        var isIso = parts.Length == 3 && parts[0].Length == 4;
        var order = isIso ? "YMD" : DateWords.DateOrder(culture);
        if (parts.Length == 2)
        {
            order = order.Replace("Y", string.Empty, StringComparison.Ordinal);
        }

        int? year = null;
        int day = 0, month = 0;
        for (var p = 0; p < parts.Length; p++)
        {
            var value = int.Parse(parts[p], CultureInfo.InvariantCulture);
            switch (order[p])
            {
                case 'Y' when parts[p].Length is 2 or 4:
                    year = parts[p].Length == 2 ? CultureInfo.InvariantCulture.Calendar.ToFourDigitYear(value) : value;
                    break;
                case 'M' when parts[p].Length <= 2:
                    month = value;
                    break;
                case 'D' when parts[p].Length <= 2:
                    day = value;
                    break;
                default:
                    return false;
            }
        }

        // A day that cannot be a month ("25/12" in en-US) settles the order the other way round.
        if (!isIso && month > 12 && day is >= 1 and <= 12)
        {
            (day, month) = (month, day);
        }

        if (!TryResolveDayMonth(day, month, year, out var resolved))
        {
            return false;
        }

        used = 1;
        SetCalendarDate(resolved);
        return true;
    }

    /// <summary>"3 December", "3rd of Dec", "third of december 2026".</summary>
    private bool TryDayMonth(int i, out int used)
    {
        used = 0;
        if (!TryDayNumber(i, out var day, out var dayLength))
        {
            return false;
        }

        var at = i + dayLength;
        if (At(at) == "of")
        {
            at++;
        }

        if (!DateWords.TryMonth(At(at), culture, out var month))
        {
            return false;
        }

        return FinishMonthDate(i, at + 1, day, month, out used);
    }

    /// <summary>"December 3", "Dec 3rd", "december the third, 2026".</summary>
    private bool TryMonthDay(int i, out int used)
    {
        used = 0;
        if (!DateWords.TryMonth(At(i), culture, out var month))
        {
            return false;
        }

        var at = i + 1;
        if (At(at) == "the")
        {
            at++;
        }

        if (!TryDayNumber(at, out var day, out var dayLength))
        {
            return false;
        }

        return FinishMonthDate(i, at + dayLength, day, month, out used);
    }

    private bool FinishMonthDate(int start, int yearAt, int day, int month, out int used)
    {
        int? year = null;
        var end = yearAt;
        if (At(yearAt).Length == 4 && EnglishNumberWords.IsAsciiDigits(At(yearAt)))
        {
            year = int.Parse(At(yearAt), CultureInfo.InvariantCulture);
            end++;
        }

        used = end - start;
        if (!TryResolveDayMonth(day, month, year, out var resolved))
        {
            failed = true; // "31 February": clearly a date, and an impossible one.
            return true;
        }

        SetCalendarDate(resolved);
        return true;
    }

    /// <summary>"the 3rd" / "on the twenty-first": that day of this month, or of the next month that has it.</summary>
    private bool TryDayOfMonth(int i, string previous, out int used)
    {
        used = 0;
        var isDigitOrdinal = EnglishNumberWords.TryParseDigitOrdinal(At(i), out _);
        if (!(isDigitOrdinal || previous == "the")
            || !EnglishNumberWords.TryParseOrdinal(tokens, i, out var day, out used) || day is < 1 or > 31)
        {
            return false;
        }

        for (var k = 0; k <= 12; k++)
        {
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(k);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, day) is var candidate && candidate >= today)
            {
                SetCalendarDate(candidate);
                return true;
            }
        }

        return false;
    }

    /// <summary>A day of the month: "3", "03", "3rd", "third", "twenty first".</summary>
    private bool TryDayNumber(int i, out int day, out int length)
    {
        day = 0;
        length = 0;
        var token = At(i);
        if (token.Length is 1 or 2 && EnglishNumberWords.IsAsciiDigits(token))
        {
            day = int.Parse(token, CultureInfo.InvariantCulture);
            length = 1;
        }
        else if (!EnglishNumberWords.TryParseOrdinal(tokens, i, out day, out length))
        {
            return false;
        }

        return day is >= 1 and <= 31;
    }

    /// <summary>A valid date; without a year, the next time that day comes round (today included).</summary>
    private bool TryResolveDayMonth(int day, int month, int? year, out DateOnly resolved)
    {
        resolved = default;
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        if (year is { } y)
        {
            if (y is < MinYear or > MaxYear || day > DateTime.DaysInMonth(y, month))
            {
                return false;
            }

            resolved = new DateOnly(y, month, day);
            return true;
        }

        for (var candidateYear = today.Year; candidateYear <= today.Year + 8; candidateYear++)
        {
            if (candidateYear <= MaxYear && day <= DateTime.DaysInMonth(candidateYear, month)
                && new DateOnly(candidateYear, month, day) is var candidate && candidate >= today)
            {
                resolved = candidate;
                return true;
            }
        }

        return false;
    }

    private DateOnly AddDays(DateOnly origin, long days)
    {
        var target = origin.DayNumber + days;
        if (Math.Abs(days) > MaxDays || target < DateOnly.MinValue.DayNumber || target > DateOnly.MaxValue.DayNumber)
        {
            failed = true;
            return origin;
        }

        return DateOnly.FromDayNumber((int)target);
    }

    private void SetExact(DateTimeOffset value)
    {
        if (exact is not null)
        {
            failed = true;
            return;
        }

        exact = value;
    }

    /// <summary>Days from today to the next <paramref name="day"/>: 0..6 when today counts, else 1..7.</summary>
    private int DaysUntil(DayOfWeek day, bool includeToday)
    {
        var delta = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return delta == 0 && !includeToday ? 7 : delta;
    }

    /// <summary>Days back from today to the previous <paramref name="day"/> (1..7; today never counts).</summary>
    private int DaysSince(DayOfWeek day)
    {
        var delta = ((int)today.DayOfWeek - (int)day + 7) % 7;
        return delta == 0 ? 7 : delta;
    }

    private DateOnly StartOfWeek(DateOnly value) => value.AddDays(-(((int)value.DayOfWeek - (int)weekStart + 7) % 7));

    private DateOnly InWeek(DateOnly start, DayOfWeek day) => start.AddDays(((int)day - (int)weekStart + 7) % 7);
}
