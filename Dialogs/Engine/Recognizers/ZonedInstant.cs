namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>A wall-clock time resolved in a time zone: the instant (with the zone's offset) and what it took.</summary>
public readonly record struct ZonedInstant(DateTimeOffset Instant, LocalTimeAdjustment Adjustment);
