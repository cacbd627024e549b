namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// Which of a coach's reflections a list shows: one school week (by its first day), one role, one kind, and/or those
/// whose words contain <see cref="Words"/> (any case). Null parts do not filter.
/// </summary>
public sealed record ReflectionQuery(DateOnly? WeekStart = null, string? RoleId = null, ReflectionKind? Kind = null, string? Words = null)
{
    public static ReflectionQuery All { get; } = new();
}

/// <summary>Where a page of a list starts: the reflections logged before this one (newest first).</summary>
public readonly record struct ReflectionCursor(long AtMilliseconds, long Id);

/// <summary>
/// A page of a list: its reflections, how many match in all, how many of those are newer than the page (before its
/// start), and where the next page starts (null on the last page).
/// </summary>
public sealed record ReflectionPage(IReadOnlyList<CoachReflection> Items, int Total, int Newer, ReflectionCursor? Next);

/// <summary>What the digest needs of one reflection (no words).</summary>
public sealed record ReflectionFigure(ReflectionKind Kind, IReadOnlyList<string> Roles, int? Minutes, DateOnly LocalDate, DateOnly WeekStart);
