using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CoachBot.Cards.Formatting;

/// <summary>
/// Dates and times as a user reads them: the instant converted to their time zone (IANA id, DST included) and
/// written with their culture's patterns. Teams does not run the Adaptive Card DATE()/TIME() functions, so
/// cards carry the text already formatted. The sentence around it is English in v1.
/// </summary>
public static class DateTimeText
{
    /// <summary>The local calendar date, e.g. "Sunday, March 10, 2024" (en-US) or "Sunday, 10 March 2024" (en-GB).</summary>
    public static string Date(DateTimeOffset instant, TimeZoneInfo zone, CultureInfo culture) =>
        Date(DateOnly.FromDateTime(ToLocal(instant, zone)), culture);

    /// <summary>The local time of day, e.g. "3:30 AM" (en-US) or "03:30" (en-GB).</summary>
    public static string Time(DateTimeOffset instant, TimeZoneInfo zone, CultureInfo culture) =>
        Time(TimeOnly.FromDateTime(ToLocal(instant, zone)), culture);

    /// <summary>Date and time, e.g. "Sunday, March 10, 2024 at 3:30 AM".</summary>
    public static string DateAndTime(DateTimeOffset instant, TimeZoneInfo zone, CultureInfo culture) =>
        Date(instant, zone, culture) + " at " + Time(instant, zone, culture);

    /// <summary>A calendar date in the culture's long date pattern.</summary>
    public static string Date(DateOnly date, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return date.ToString(culture.DateTimeFormat.LongDatePattern, culture);
    }

    /// <summary>
    /// A time of day in the culture's short time pattern. ICU 72+ puts a narrow no-break space before AM/PM;
    /// it is written as a plain space so the text is the same on every ICU version.
    /// </summary>
    public static string Time(TimeOnly time, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return time.ToString(culture.DateTimeFormat.ShortTimePattern, culture).Replace('\u202F', ' ');
    }

    /// <summary>Finds a time zone by IANA (or Windows) id; false for an unknown or empty id instead of throwing.</summary>
    public static bool TryFindTimeZone(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>Finds a culture by name (e.g. a Teams <c>locale</c>); false for an unknown or empty name.</summary>
    public static bool TryFindCulture(string? name, [NotNullWhen(true)] out CultureInfo? culture)
    {
        culture = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        try
        {
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTime(instant, zone).DateTime;
    }
}
