using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>How a goal is doing against the school days gone by.</summary>
public enum PaceKind
{
    /// <summary>Nothing to reach (a target of 0): no pace.</summary>
    NoTarget,

    /// <summary>Marked done.</summary>
    Done,

    /// <summary>The target or every milestone reached, not yet marked done.</summary>
    Reached,

    /// <summary>Its school year has not started yet (a goal set during the summer for the coming year).</summary>
    NotStarted,

    /// <summary>Its school year is over and it was not reached.</summary>
    YearOver,

    /// <summary>Its due date has passed and it was not reached.</summary>
    Overdue,

    /// <summary>At least what the school days gone by call for.</summary>
    OnTrack,

    /// <summary>Less than what the school days gone by call for.</summary>
    Behind,
}

/// <summary>A goal's progress and pace on one day.</summary>
/// <param name="Reached">Count reached or milestones done.</param>
/// <param name="Goalpost">The target or the number of milestones.</param>
/// <param name="Percent">Reached as a whole percentage of the goalpost (floored, may pass 100; 0 with no goalpost).</param>
/// <param name="BarFraction">How full the progress bar is, 0 to 1.</param>
/// <param name="Pace">The pace.</param>
/// <param name="ExpectedByNow">What keeping pace calls for by now (a whole number; 0 when pace does not apply).</param>
/// <param name="PeriodStart">The first day the goal is paced over.</param>
/// <param name="PeriodEnd">The last day: its due date, else the end of its school year.</param>
/// <param name="SchoolDaysElapsed">School days of the period before today.</param>
/// <param name="SchoolDaysTotal">School days of the whole period.</param>
public sealed record GoalStanding(
    int Reached,
    int Goalpost,
    int Percent,
    double BarFraction,
    PaceKind Pace,
    int ExpectedByNow,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int SchoolDaysElapsed,
    int SchoolDaysTotal);

/// <summary>
/// Progress and pace of a goal, a pure function of the goal, the coach's local date and the school calendar.
/// <para>
/// A goal is paced over its period: from the later of its year's start and the day it was set, to its due date (else the
/// year's end). Only school days count — weekends and breaks neither add to what is expected nor take from it — and a
/// day counts once it is over, so nothing is expected on the first day. Keeping pace by now means
/// <c>floor(goalpost × school days elapsed / school days in the period)</c>: a goal is behind once a whole step is due
/// and not done.
/// </para>
/// </summary>
public static class GoalPace
{
    public static GoalStanding Evaluate(Goal goal, DateOnly today, SchoolCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(calendar);
        var reached = Math.Max(0, goal.Reached);
        var goalpost = Math.Max(0, goal.Goalpost);
        var percent = goalpost == 0 ? 0 : (int)Math.Min(int.MaxValue, Math.Floor(100.0 * reached / goalpost));
        var bar = goalpost == 0 ? (goal.Status == GoalStatus.Done ? 1.0 : 0.0) : Math.Min(1.0, (double)reached / goalpost);

        var start = goal.StartDate > goal.Year.Start ? goal.StartDate : goal.Year.Start;
        var end = goal.Due is { } due && due < goal.Year.End ? due : goal.Year.End;
        var total = CountSchoolDays(calendar, start, end);
        var lastElapsed = today.AddDays(-1) < end ? today.AddDays(-1) : end;
        var elapsed = CountSchoolDays(calendar, start, lastElapsed);

        var expected = 0;
        PaceKind pace;
        if (goal.Status == GoalStatus.Done)
        {
            pace = PaceKind.Done;
        }
        else if (goalpost == 0)
        {
            pace = PaceKind.NoTarget;
        }
        else if (reached >= goalpost)
        {
            pace = PaceKind.Reached;
        }
        else if (today < goal.Year.Start)
        {
            pace = PaceKind.NotStarted;
        }
        else if (today > goal.Year.End)
        {
            pace = PaceKind.YearOver;
        }
        else if (goal.Due is { } dueDate && today > dueDate)
        {
            pace = PaceKind.Overdue;
        }
        else
        {
            expected = total == 0 ? 0 : (int)Math.Floor((double)goalpost * elapsed / total);
            pace = reached >= expected ? PaceKind.OnTrack : PaceKind.Behind;
        }

        return new GoalStanding(reached, goalpost, percent, bar, pace, expected, start, end, elapsed, total);
    }

    /// <summary>School days from <paramref name="first"/> to <paramref name="last"/>, both included (0 when last &lt; first).</summary>
    public static int CountSchoolDays(SchoolCalendar calendar, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var count = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (calendar.IsSchoolDay(day))
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary>Which school year goals belong to.</summary>
public static class GoalYears
{
    /// <summary>
    /// The school year a goal set on <paramref name="today"/> (the coach's local date) is for: the year under way, or —
    /// between the end of one year and the start of the next — the coming year, since that is what a coach plans then.
    /// </summary>
    public static SchoolYear PlanningYear(SchoolCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var year = calendar.GetSchoolYear(today);
        return year.Contains(today) ? year : calendar.GetSchoolYear(year.Start.AddYears(1));
    }

    /// <summary>True when the year is over on <paramref name="today"/>.</summary>
    public static bool HasEnded(SchoolYear year, DateOnly today) => today > year.End;
}
