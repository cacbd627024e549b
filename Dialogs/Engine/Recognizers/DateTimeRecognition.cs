namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>
/// A date (and maybe a time) the user typed, resolved in their time zone.
/// </summary>
/// <param name="Date">The local calendar date the user meant.</param>
/// <param name="Time">The wall-clock time they gave, or null when they gave only a date.</param>
/// <param name="Instant">
/// When a time was given: the instant the zone's clocks show <paramref name="Date"/> <paramref name="Time"/>,
/// resolved by <see cref="ZonedTimeResolver"/> (so in a daylight-saving gap it is later than the time typed,
/// see <paramref name="Adjustment"/>). Null for a date alone.
/// </param>
/// <param name="Adjustment">Whether a daylight-saving gap or overlap changed the instant.</param>
public sealed record DateTimeRecognition(DateOnly Date, TimeOnly? Time, DateTimeOffset? Instant, LocalTimeAdjustment Adjustment);
