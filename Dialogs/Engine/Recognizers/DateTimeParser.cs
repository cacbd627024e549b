using System.Collections.Frozen;
using System.Globalization;

namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>
/// One parse of one text (the state lives only for that call). Reads the tokens left to right: connectives
/// ("at", "on", "the", "by", "around" …) are skipped; every other token must start a date, a time or a day
/// period, each at most once; anything else makes the whole text unrecognised. See <see cref="DateTimeRecognizer"/>.
/// </summary>
internal sealed partial class DateTimeParser
{
    private const int MaxTokens = 16;
    private const int MinYear = 1000;
    private const int MaxYear = 9998;

    private static readonly FrozenSet<string> Connectives = FrozenSet.Create(
        StringComparer.Ordinal, "on", "the", "by", "around", "about", "approximately", "approx", "for", "please", "pls");

    private readonly string[] tokens;
    private readonly DateTimeOffset now;
    private readonly TimeZoneInfo zone;
    private readonly CultureInfo culture;
    private readonly DayOfWeek weekStart;
    private readonly DateOnly today;
    private readonly TimeOnly timeNow;

    private DateOnly? date;
    private DayOfWeek? bareWeekday;
    private bool dateIsCalendar;
    private bool dateIsTonight;
    private ClockTime? time;
    private DayPeriod? period;
    private DateTimeOffset? exact;
    private bool failed;

    private DateTimeParser(string[] tokens, DateTimeOffset now, TimeZoneInfo zone, CultureInfo culture, DayOfWeek weekStart)
    {
        this.tokens = tokens;
        this.now = now;
        this.zone = zone;
        this.culture = culture;
        this.weekStart = weekStart;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        today = DateOnly.FromDateTime(local.DateTime);
        timeNow = TimeOnly.FromDateTime(local.DateTime);
    }

    public static DateTimeRecognition? Parse(string text, DateTimeOffset now, TimeZoneInfo zone, CultureInfo culture, DayOfWeek weekStart)
    {
        var tokens = DateTimeTokenizer.Tokenize(text, MaxTokens);
        return tokens is null || tokens.Length == 0 ? null : new DateTimeParser(tokens, now, zone, culture, weekStart).Run();
    }

    private DateTimeRecognition? Run()
    {
        var afterAt = false;
        for (var i = 0; i < tokens.Length;)
        {
            var token = tokens[i];
            if (token is "at" or "kl")
            {
                afterAt = true;
                i++;
                continue;
            }

            if (Connectives.Contains(token))
            {
                i++;
                continue;
            }

            var previous = i > 0 ? tokens[i - 1] : string.Empty;
            int used;
            var matched = (afterAt && TryTime(i, afterAt, out used))
                || TryPeriod(i, out used)
                || TryDate(i, previous, out used)
                || TryTime(i, afterAt, out used);
            if (!matched || failed)
            {
                return null;
            }

            afterAt = false;
            i += used;
        }

        return afterAt ? null : Resolve(); // A dangling "at" means the text was cut short.
    }

    private DateTimeRecognition? Resolve()
    {
        if (exact is { } instant)
        {
            if (date is not null || time is not null || period is not null)
            {
                return null;
            }

            var local = TimeZoneInfo.ConvertTime(instant, zone);
            return new DateTimeRecognition(DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime), instant, LocalTimeAdjustment.None);
        }

        if (time is not { } clock)
        {
            return date is { } onlyDate && InRange(onlyDate) ? new DateTimeRecognition(onlyDate, null, null, LocalTimeAdjustment.None) : null;
        }

        if (!clock.Anchored && date is null && period is null)
        {
            return null; // A lone "3" is not a time.
        }

        var wall = clock.ToWallClock(period);
        var day = date ?? (wall > timeNow ? today : today.AddDays(1));
        if (dateIsTonight && wall.Hour < 6)
        {
            day = day.AddDays(1); // "tonight at midnight", "tonight at 1": the small hours after this evening.
        }

        if (!InRange(day))
        {
            return null;
        }

        var resolved = ZonedTimeResolver.Resolve(day, wall, zone);
        return new DateTimeRecognition(day, wall, resolved.Instant, resolved.Adjustment);
    }

    private static bool InRange(DateOnly value) => value.Year is >= MinYear and <= MaxYear;

    private void SetDate(DateOnly value)
    {
        if (date is not null || !InRange(value))
        {
            failed = true;
            return;
        }

        date = value;
    }

    /// <summary>A plain weekday ("thursday"); beside a calendar date it only has to agree with it.</summary>
    private void SetWeekdayDate(DateOnly value, DayOfWeek day)
    {
        if (date is { } calendar && dateIsCalendar && bareWeekday is null)
        {
            failed |= calendar.DayOfWeek != day;
            bareWeekday = day;
            return;
        }

        SetDate(value);
        bareWeekday = day;
    }

    /// <summary>A date from the calendar ("3 December", "3/12", "the 3rd"); it replaces an agreeing plain weekday.</summary>
    private void SetCalendarDate(DateOnly value)
    {
        if (date is not null && bareWeekday is { } day && !dateIsCalendar)
        {
            failed |= value.DayOfWeek != day || !InRange(value);
            date = value;
            dateIsCalendar = true;
            return;
        }

        SetDate(value);
        dateIsCalendar = true;
    }

    private void SetPeriod(DayPeriod value)
    {
        if (period is not null)
        {
            failed = true;
            return;
        }

        period = value;
    }

    private string At(int index) => index < tokens.Length ? tokens[index] : string.Empty;

    private string CanonicalAt(int index) => index < tokens.Length ? DateWords.Canonical(tokens[index]) : string.Empty;
}
