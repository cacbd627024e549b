namespace CoachBot.Cards.Views.TeamView;

/// <summary>
/// The team view of one scope (all schools, or one school): every figure already as text ("23", "fewer than 5",
/// "held back"), so the card shows only what the privacy rules let through.
/// </summary>
/// <param name="Scope">"All schools" or the school's name.</param>
/// <param name="Periods">"School year 2026–27 so far (from 1 Aug) · last 4 school weeks: from 9 Nov".</param>
/// <param name="Requests">The requests by kind of support, "All kinds" first.</param>
/// <param name="Schools">With several schools, on the all-schools card: one line per school.</param>
/// <param name="Time">The team's minutes per role, then diverted time (all schools: a reflection has no school).</param>
/// <param name="Concentration">Where the team's time goes against what teachers ask for, or null.</param>
/// <param name="Gaps">Coverage gaps, one line each ("Lincoln: Data Coach, Mentor").</param>
/// <param name="MinimumGroupSize">The smallest group a figure is shown for.</param>
public sealed record TeamViewCardModel(
    string Scope,
    string Periods,
    IReadOnlyList<TeamRequestRow> Requests,
    IReadOnlyList<TeamSchoolLine> Schools,
    IReadOnlyList<TeamTimeRow> Time,
    string? Concentration,
    IReadOnlyList<string> Gaps,
    int MinimumGroupSize);

/// <summary>A kind of support's request figures for the school year and the last four weeks.</summary>
public sealed record TeamRequestRow(string Title, TeamRequestFigures Year, TeamRequestFigures Recent);

/// <summary>Made, claimed, done, still open; median school days to claim; share rated helpful; no covering coach (null: nothing to measure).</summary>
public sealed record TeamRequestFigures(string Made, string Claimed, string Done, string Open, string? DaysToClaim, string? Helpful, string NoCoach);

/// <summary>A school's totals for the school year.</summary>
public sealed record TeamSchoolLine(string School, TeamRequestFigures Year);

/// <summary>A role's (or diverted time's) minutes, and its bar's length (share of the largest shown row; null when not shown).</summary>
public sealed record TeamTimeRow(string Title, string YearMinutes, string RecentMinutes, double? Bar, bool IsDiverted);
