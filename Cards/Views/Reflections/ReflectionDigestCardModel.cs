namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// What <c>reflection digest</c> shows: the school week and the school year so far, role by role, the diverted time
/// beside them, the streak of school weeks, and CoachBot's notes (Markdown of its own, citing the article).
/// </summary>
/// <param name="WeekLabel">The school week's dates, e.g. "Mon, November 30 – Sun, December 6".</param>
/// <param name="WeekIsBreak">True when the week has no school day.</param>
/// <param name="YearLabel">The school year, e.g. "2026–27".</param>
/// <param name="YearEnded">True in the summer gap: the figures are for the year that just ended.</param>
/// <param name="Roles">Every role with time or reflections this school year, most minutes first.</param>
/// <param name="RolesWithoutTime">The titles of the roles with nothing this school year.</param>
/// <param name="Streak">School weeks in a row with at least one reflection (break weeks skipped).</param>
/// <param name="StreakOpen">True when this school week has none yet but the streak is still alive.</param>
/// <param name="GoalNotes">The roles of the coach's goals that have had no reflection for six school weeks.</param>
/// <param name="Team">The team's median beside the coach's school-year minutes (or why it is not shown); null: not part of this digest.</param>
public sealed record ReflectionDigestCardModel(
    string WeekLabel,
    bool WeekIsBreak,
    string YearLabel,
    bool YearEnded,
    ReflectionDigestTotals Week,
    ReflectionDigestTotals Year,
    IReadOnlyList<ReflectionDigestRoleRow> Roles,
    IReadOnlyList<string> RolesWithoutTime,
    int Streak,
    bool StreakOpen,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ReflectionDigestGoalNote>? GoalNotes = null,
    ReflectionDigestTeam? Team = null);

/// <summary>
/// The team's median this school year: over <paramref name="Coaches"/> coaches (all schools) who logged time, with the
/// median diverted minutes; both null when fewer than <paramref name="Minimum"/> did, and nothing of the team is shown.
/// </summary>
public sealed record ReflectionDigestTeam(int Minimum, int? Coaches, int? DivertedMedianMinutes);

/// <summary>A role with no reflection for <see cref="SchoolWeeks"/> school weeks although the coach's goals count for it.</summary>
public sealed record ReflectionDigestGoalNote(string RoleTitle, IReadOnlyList<ReflectionDigestGoal> Goals, int SchoolWeeks);

/// <summary>A goal a digest note names: its number and title (the coach's own words, plain text).</summary>
public sealed record ReflectionDigestGoal(long Id, string Title);

/// <summary>The totals of a period: reflections and their role minutes, diverted time, and reflections with no role yet.</summary>
public sealed record ReflectionDigestTotals(
    int Reflections,
    int RoleMinutes,
    int DivertedEntries,
    int DivertedMinutes,
    int Unassigned,
    int UnassignedMinutes);

/// <summary>
/// One role's figures; <see cref="YearShare"/> (0–1) is its part of the school year's role minutes;
/// <see cref="TeamMedianMinutes"/> the team's median minutes on it this school year (null: not shown).
/// </summary>
public sealed record ReflectionDigestRoleRow(
    string Title,
    int WeekCount,
    int WeekMinutes,
    int YearCount,
    int YearMinutes,
    double YearShare,
    int? TeamMedianMinutes = null);
