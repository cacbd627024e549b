using System.Globalization;

namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>
/// Reads a date, and optionally a time, typed by the user, relative to <c>now</c> in the user's time zone and
/// culture. Pure (no clock, no I/O), thread-safe, never throws for any text: unrecognised → null.
/// </summary>
/// <remarks>
/// <para><b>Dates.</b> "today"; "tonight" (today, evening); "tomorrow"; "yesterday"; "the day after tomorrow";
/// "the day before yesterday"; "in 3 days", "in two weeks", "in a month", "in a year", "a week from today",
/// "3 days ago"; ISO "2026-12-03"; culture order "3/12/2026" (en-GB 3 Dec, en-US 12 Mar; "-" and "." work too,
/// two-digit years allowed; a first number above 12 swaps the order: "25/12" is 25 Dec everywhere);
/// "3 December", "3rd of Dec", "December 3", "Dec 3rd, 2026"; "the 3rd" (this month if not past, else the next
/// month that has that day). A date without a year is its next occurrence, today included. English month and
/// weekday names; the culture's own names ("desember", "mandag") work as a fallback. Long words tolerate typos
/// ("tommorow", "wensday").</para>
/// <para><b>Weekdays.</b> Today is <c>now</c> in the user's zone; weeks start on <c>weekStart</c> (default: the
/// culture's first day of week — Monday in en-GB and nb-NO, Sunday in en-US).
/// <list type="bullet">
/// <item>"monday", "on monday", "coming monday": the next Monday after today (1–7 days ahead; never today).</item>
/// <item>"this monday": today when today is Monday, otherwise the next Monday (0–6 days ahead).</item>
/// <item>"next monday": the Monday of next week (so on a Wednesday with Monday-start weeks, "next friday" is 9
/// days ahead, while "friday" is 2).</item>
/// <item>"last friday": the most recent Friday before today (1–7 days back).</item>
/// <item>"monday next week" / "next week monday", "friday this week", "monday last week": that day of that week.</item>
/// <item>"next week" / "last week": the first day of that week; "next month": the 1st of next month; "next year": 1 January.</item>
/// </list></para>
/// <para><b>Times.</b> "3pm", "3 p.m.", "3:30 pm", "15:30", "09:00", "15.30" (dots only where they cannot be a
/// date: after "at"/"kl", with am/pm, or where dates are not written with dots), "noon", "midday", "midnight"
/// (00:00 at the start of the day; "tonight at midnight" is the coming midnight), "3 o'clock", "at three",
/// "half past 3", "quarter past 10am", "quarter to 4" (within the same date: "tomorrow at quarter to 12am" is
/// 23:45 tomorrow), "9 in the morning", "8 in the evening", "tonight at 8". An hour without am/pm, without a leading zero and at most 12 is read by the day
/// period if one was named (morning → am; afternoon/evening → pm; night → pm from 6 to 11, am before 6),
/// otherwise 1–6 → pm and 7–12 as written ("at 3" is 15:00, "at 9" is 09:00, "3:30" is 15:30). A lone number is
/// only an hour with "at" before it, a date beside it or a day period ("3" alone is unrecognised).
/// A time without a date is its next occurrence: today if still ahead of now, otherwise tomorrow.
/// "in 2 hours", "in 30 minutes", "in half an hour" and "now" are exact instants (added to <c>now</c>).</para>
/// <para><b>Combinations.</b> A date and a time in either order, with connectives: "tomorrow at 3pm",
/// "next monday 9:00", "3pm on friday", "tomorrow morning", "friday @ 10". A weekday beside a calendar date must
/// agree with it ("Thursday 3 December 2026" is fine, "Friday 3 December 2026" is unrecognised). Two dates or two
/// times, a dangling "at", or any word the parser does not know make the text unrecognised rather than half-read.</para>
/// <para><b>Daylight saving.</b> The instant comes from <see cref="ZonedTimeResolver"/>: a time in a gap moves
/// forward by the gap, a time in an overlap takes the first (daylight) offset; <see cref="DateTimeRecognition.Adjustment"/>
/// says which. Dates are limited to the years 1000–9998; texts of more than 16 words are unrecognised.</para>
/// </remarks>
public static class DateTimeRecognizer
{
    /// <summary>
    /// Resolves <paramref name="text"/> relative to <paramref name="now"/> as seen in <paramref name="timeZone"/>,
    /// reading numeric dates in <paramref name="culture"/>'s order; null when the text is not a date/time.
    /// </summary>
    public static DateTimeRecognition? Recognize(
        string? text,
        DateTimeOffset now,
        TimeZoneInfo timeZone,
        CultureInfo culture,
        DayOfWeek? weekStart = null)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(culture);
        if (string.IsNullOrWhiteSpace(text) || now.UtcDateTime.Year is < 1001 or > 9997)
        {
            return null;
        }

        return DateTimeParser.Parse(text, now, timeZone, culture, weekStart ?? culture.DateTimeFormat.FirstDayOfWeek);
    }
}
