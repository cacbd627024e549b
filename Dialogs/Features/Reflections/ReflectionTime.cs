namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// When a reflection was logged: the UTC instant, the coach's time zone then, the local date there and the first day
/// of its school week (<c>School:WeekStart</c> in that zone).
/// </summary>
public sealed record ReflectionTime(DateTimeOffset At, string TimeZoneId, DateOnly LocalDate, DateOnly WeekStart);
