namespace CoachBot.Dialogs.School;

/// <summary>A user's time zone and where it came from.</summary>
public sealed record ResolvedTimeZone(TimeZoneInfo Zone, TimeZoneSource Source);
