namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>What <see cref="ZonedTimeResolver"/> had to do to turn a wall-clock time into an instant.</summary>
public enum LocalTimeAdjustment
{
    /// <summary>The wall-clock time exists exactly once that day.</summary>
    None,

    /// <summary>
    /// The time fell in a daylight-saving gap (it never shows on the clock, e.g. 02:30 on the spring-forward
    /// day in Europe/Oslo); the instant is moved forward by the length of the gap (→ 03:30).
    /// </summary>
    MovedForwardOverGap,

    /// <summary>
    /// The time shows twice (the fall-back overlap, e.g. 02:30 on the last Sunday of October in Europe/Oslo);
    /// the instant is the first of the two, with the daylight-saving offset.
    /// </summary>
    FirstOfAmbiguous,
}
