using System.Globalization;
using CoachBot.Cards;
using CoachBot.Cards.Formatting;
using CoachBot.Cards.Views.Goals;
using CoachBot.Cards.Views.Nudges;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Nudges;

/// <summary>A nudge as built for a coach at one moment: the card, its week and the active goals it shows.</summary>
public sealed record BuiltNudge(RenderedCard Card, DateOnly Week, string GoalIds, IReadOnlyList<Goal> Active, GoalSnapshot Snapshot);

/// <summary>Builds the nudge card from the coach's goals as they are now (through the goals feature's <see cref="GoalBoard"/>).</summary>
public sealed class NudgeViews(GoalBoard board, NudgePlanner planner, INudgeStore store, ICoachTimeZones zones)
{
    /// <summary>"Now" for a coach pressing a nudge button: in their zone as a job sees it (a card press may not say where they are).</summary>
    public async Task<GoalClock> ClockAsync(CoachBot.Dialogs.Engine.TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new GoalClock(input.Now, await zones.ResolveAsync(input.User.Key, cancellationToken), input.Culture);
    }

    public async Task<BuiltNudge> BuildAsync(string coach, GoalClock clock, GoalNotice? notice, string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var snapshot = await board.LoadAsync(coach, clock, cancellationToken);
        var schedule = await store.FindScheduleAsync(coach, cancellationToken) ?? new NudgeSchedule(coach);
        var calendar = planner.Calendar;
        var week = planner.WeekOf(clock.Today);
        var year = snapshot.Year;
        var active = snapshot.Active;
        var weekNumber = year.Contains(clock.Today) ? calendar.SchoolWeeksElapsed(clock.Today) : 0;
        var heading = weekNumber > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Week {weekNumber} of the school year")
            : "Your weekly nudge";
        var count = active.Count == 1 ? "1 active goal" : string.Create(CultureInfo.InvariantCulture, $"{active.Count} active goals");
        var goals = active
            .Select(goal => new NudgeGoalView(
                board.Item(goal, clock),
                goal.LastProgressAt is { } at && ZonedTime.LocalDate(at, clock.Zone) >= week))
            .ToList();
        var intro = weekNumber == 1 ? $"A new school year: here are your goals for {year.Label}." : null;
        var model = new NudgeCardModel(coach, NudgeScheduling.WeekText(week), heading, $"Your goals for {year.Label} · {count}", goals,
            ScheduleText(schedule, clock, onNudge: true), notice, intro);
        return new BuiltNudge(NudgeCard.Create(model, instanceId), week, model.GoalIds, active, snapshot);
    }

    /// <summary>Last year's unfinished goals with Carry over / Mark done / Archive (the goals feature's own card).</summary>
    public RenderedCard CarryOverCard(BuiltNudge nudge, GoalClock clock, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        return board.CarryOverCard(nudge.Snapshot, clock, null, instanceId);
    }

    /// <summary>When nudges come, in words, on the coach's clock.</summary>
    public string ScheduleText(NudgeSchedule schedule, GoalClock clock, bool onNudge = false)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(clock);
        if (schedule.Paused)
        {
            return NudgeTexts.Paused;
        }

        var zone = DateTimeText.TryFindTimeZone(schedule.ZoneId, out var found) ? found : clock.Zone;
        var when = $"Nudges come on {planner.DayOf(schedule)}s at {planner.TimeOf(schedule).ToString("HH:mm", CultureInfo.InvariantCulture)} ({zone.Id} time)";

        // On a nudge (this week's came), the next is next week's; after a command, the one planned.
        var thisWeek = planner.WeekOf(clock.Today);
        var after = onNudge && (schedule.LastWeek is null || schedule.LastWeek < thisWeek) ? schedule with { LastWeek = thisWeek } : schedule;
        var nextDue = onNudge ? planner.Next(after, zone, clock.Now)?.Due : schedule.NextDue;
        var next = nextDue is { } due ? $"; the next one {DateTimeText.DateAndTime(due, zone, clock.Culture)}" : "";
        return $"{when}{next}. Change it with **nudge time Friday 14:00**, or type **pause nudges**.";
    }
}
