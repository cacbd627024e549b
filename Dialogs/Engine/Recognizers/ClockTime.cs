namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>
/// A time as typed, before the day period is known: "3pm" (explicit), "15:30" (24-hour), "3" or "3:30"
/// (bare: the hour may still mean 15:00).
/// </summary>
/// <param name="Hour">As typed: 1..12 with a meridiem, else 0..23.</param>
/// <param name="Minute">0..59.</param>
/// <param name="Meridiem">"am", "pm" or null.</param>
/// <param name="Bare">No meridiem, no leading zero, hour 1..12: the hour is ambiguous.</param>
/// <param name="Anchored">Unmistakably a time (minutes, a meridiem, "o'clock", "noon", or "at" before it).</param>
/// <param name="MinutesBefore">"quarter to 4": 15 minutes before the hour named.</param>
internal readonly record struct ClockTime(int Hour, int Minute, string? Meridiem, bool Bare, bool Anchored, int MinutesBefore = 0)
{
    /// <summary>The wall-clock time, given the day period named (if any). "quarter to 12am" wraps to 23:45.</summary>
    public TimeOnly ToWallClock(DayPeriod? period) => new TimeOnly(To24Hour(period), Minute).AddMinutes(-MinutesBefore);

    /// <summary>The hour on a 24-hour clock, given the day period named (if any).</summary>
    private int To24Hour(DayPeriod? period) => Meridiem switch
    {
        "am" => Hour == 12 ? 0 : Hour,
        "pm" => Hour == 12 ? 12 : Hour + 12,
        _ when !Bare => Hour,
        _ => period switch
        {
            DayPeriod.Morning => Hour == 12 ? 0 : Hour,
            DayPeriod.Afternoon or DayPeriod.Evening => Hour == 12 ? 12 : Hour + 12,
            DayPeriod.Night => Hour switch { 12 => 0, < 6 => Hour, _ => Hour + 12 },
            _ => Hour <= 6 ? Hour + 12 : Hour,
        },
    };
}
