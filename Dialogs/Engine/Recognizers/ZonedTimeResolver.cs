namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>
/// Turns a local date and wall-clock time in a time zone into an instant, with explicit daylight-saving rules.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Gap (the time does not exist): moved forward by the gap. Europe/Oslo, 29 March 2026, 02:30 → 03:30+02:00;
/// America/New_York, 8 March 2026, 02:30 → 03:30−04:00.</item>
/// <item>Overlap (the time exists twice): the first occurrence, i.e. the larger (daylight) offset.
/// Europe/Oslo, 25 October 2026, 02:30 → 02:30+02:00 (not +01:00).</item>
/// <item>Otherwise: the zone's offset at that time.</item>
/// </list>
/// Pure and thread-safe; uses only the rules in <see cref="TimeZoneInfo"/>. Throws only when the instant would
/// fall outside <see cref="DateTimeOffset"/>'s range (the first or last day of years 1 and 9999);
/// <see cref="DateTimeRecognizer"/> never asks for those.
/// </remarks>
public static class ZonedTimeResolver
{
    /// <summary>The instant at which the clocks in <paramref name="timeZone"/> show <paramref name="date"/> <paramref name="time"/>.</summary>
    public static ZonedInstant Resolve(DateOnly date, TimeOnly time, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (timeZone.IsInvalidTime(local))
        {
            // Read the wall time with the offset in force before the jump; converting that instant back to the
            // zone lands the same distance past the jump, i.e. the time moved forward by the gap.
            var before = timeZone.GetUtcOffset(local.AddDays(-1));
            var utc = DateTime.SpecifyKind(local - before, DateTimeKind.Utc);
            return new ZonedInstant(TimeZoneInfo.ConvertTime(new DateTimeOffset(utc), timeZone), LocalTimeAdjustment.MovedForwardOverGap);
        }

        if (timeZone.IsAmbiguousTime(local))
        {
            var offsets = timeZone.GetAmbiguousTimeOffsets(local);
            return new ZonedInstant(new DateTimeOffset(local, offsets.Max()), LocalTimeAdjustment.FirstOfAmbiguous);
        }

        return new ZonedInstant(new DateTimeOffset(local, timeZone.GetUtcOffset(local)), LocalTimeAdjustment.None);
    }
}
