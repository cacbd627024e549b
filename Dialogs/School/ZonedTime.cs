namespace CoachBot.Dialogs.School;

/// <summary>
/// Local wall-clock times in a time zone, turned into instants with explicit rules for daylight-saving changes:
/// a local time that does not exist (the clocks jump over it) moves forward by the length of the jump
/// (02:30 on a spring-forward night in New York → 03:30 EDT); a local time that happens twice (the clocks go
/// back) means its first occurrence (01:30 EDT, not 01:30 EST).
/// </summary>
public static class ZonedTime
{
    /// <summary>The instant (UTC offset) of <paramref name="date"/> at <paramref name="time"/> on the wall clocks of <paramref name="zone"/>.</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // Read the skipped time with the offset in force before the jump: that lands exactly the gap later.
            offset = OffsetBeforeGap(local, zone);
        }
        else if (zone.IsAmbiguousTime(local))
        {
            // The larger offset is the earlier instant: the first time the clocks show this time.
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(DateTime.SpecifyKind(local - offset, DateTimeKind.Utc));
    }

    /// <summary>The date on the wall calendars of <paramref name="zone"/> at <paramref name="instant"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    /// <summary>
    /// The first instant strictly after <paramref name="after"/> at which the wall clocks of <paramref name="zone"/>
    /// show <paramref name="day"/> at <paramref name="time"/> (with the daylight-saving rules above), in UTC.
    /// </summary>
    public static DateTimeOffset NextWeekly(DayOfWeek day, TimeOnly time, TimeZoneInfo zone, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = LocalDate(after, zone);
        for (var i = -1; i <= 15; i++)
        {
            var date = today.AddDays(i);
            if (date.DayOfWeek != day)
            {
                continue;
            }

            var at = ToInstant(date, time, zone);
            if (at > after)
            {
                return at;
            }
        }

        throw new InvalidOperationException($"No {day} at {time} found in {zone.Id} after {after:O}.");
    }

    private static TimeSpan OffsetBeforeGap(DateTime local, TimeZoneInfo zone)
    {
        // Gaps are usually an hour, rarely a whole day (Pacific/Apia, 2011); step back until the clocks existed.
        for (var probe = local.AddMinutes(-15); probe > local.AddDays(-3); probe = probe.AddMinutes(-15))
        {
            if (!zone.IsInvalidTime(probe))
            {
                return zone.GetUtcOffset(probe);
            }
        }

        return zone.BaseUtcOffset;
    }
}
