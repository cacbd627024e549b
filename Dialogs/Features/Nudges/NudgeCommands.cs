using System.Globalization;
using CoachBot.Cards.Formatting;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Nudges;

/// <summary><c>nudge time Friday 14:00</c>: the school day and the time (on the coach's clock) weekly nudges come.</summary>
public sealed class NudgeTimeCommand(NudgeScheduling scheduling, NudgePlanner planner, NudgeViews views) : IChatCommand
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "H", "h:mmtt", "htt", "h:mm tt", "h tt"];

    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parts = (arguments ?? "").Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || ParseDay(parts[0]) is not { } day || ParseTime(parts[1]) is not { } time)
        {
            context.Reply(NudgeTexts.NudgeTimeUsage);
            return;
        }

        if (!planner.Calendar.SchoolDays.Contains(day))
        {
            context.Reply($"{day} isn't a school day, so no nudge would come. Pick one of {string.Join(", ", planner.Calendar.SchoolDays.Order())}.");
            return;
        }

        var schedule = await scheduling.PlanAsync(context.Input.User.Key, s => s with { Day = day, Time = time, SkipWeek = null }, cancellationToken);
        context.Reply($"Done. {views.ScheduleText(schedule, GoalClock.Of(context.Input))}");
    }

    internal static DayOfWeek? ParseDay(string text)
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var name = day.ToString();
            if (text.Equals(name, StringComparison.OrdinalIgnoreCase) || text.Equals(name[..3], StringComparison.OrdinalIgnoreCase)
                || text.Equals(name + "s", StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        return null;
    }

    internal static TimeOnly? ParseTime(string text)
    {
        var compact = text.Replace("at ", "", StringComparison.OrdinalIgnoreCase).Trim().ToUpperInvariant();
        return TimeOnly.TryParseExact(compact, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
    }
}

/// <summary><c>pause nudges</c>.</summary>
public sealed class PauseNudgesCommand(NudgeScheduling scheduling) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await scheduling.CancelSnoozeAsync(context.Input.User.Key, cancellationToken);
        await scheduling.PlanAsync(context.Input.User.Key, s => s with { Paused = true }, cancellationToken);
        context.Reply(NudgeTexts.Paused);
    }
}

/// <summary><c>resume nudges</c>.</summary>
public sealed class ResumeNudgesCommand(NudgeScheduling scheduling, NudgeViews views) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var schedule = await scheduling.PlanAsync(context.Input.User.Key, s => s with { Paused = false, Unreachable = false }, cancellationToken);
        context.Reply($"Nudges are back on. {views.ScheduleText(schedule, GoalClock.Of(context.Input))}");
    }
}

/// <summary><c>nudge now</c> (Development only): this week's nudge, sent by the job runner at its next poll.</summary>
public sealed class NudgeNowCommand(NudgeScheduling scheduling, NudgePlanner planner) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = ZonedTime.LocalDate(context.Input.Now, context.Input.TimeZone);
        await scheduling.PlanAsync(context.Input.User.Key, s => s with { Paused = false, Unreachable = false }, cancellationToken);
        await scheduling.SendNowAsync(context.Input.User.Key, planner.WeekOf(today), cancellationToken);
        context.Reply("OK — this week's nudge is on its way (Development only).");
    }
}

/// <summary>
/// After a coach's message in the personal chat: starts their nudges the first time, brings them back after Teams refused
/// one (they wrote again), and plans the pending nudge again when their time zone changed.
/// </summary>
public sealed class NudgeFollowUp(INudgeStore store, NudgeScheduling scheduling, ICoachTimeZones zones, IRoleChecker roles) : ITurnFollowUp
{
    public async Task FollowUpAsync(DialogContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Input.Scope != ConversationScope.Personal)
        {
            return;
        }

        // Most people who write are teachers: one roster read settles it for them (the job checks the role again when due).
        if (!await roles.HasRoleAsync(context.Input.User, CoachingRoles.CoachName, cancellationToken))
        {
            return;
        }

        var coach = context.Input.User.Key;
        var schedule = await store.FindScheduleAsync(coach, cancellationToken);
        if (schedule is null)
        {
            await scheduling.PlanAsync(coach, s => s, cancellationToken);
            return;
        }

        if (schedule.Paused)
        {
            return;
        }

        // Refused by Teams earlier, or not planned (no longer a coach when it was due): they wrote, so plan again.
        if (schedule.Unreachable || schedule.NextDue is null)
        {
            await scheduling.PlanAsync(coach, s => s with { Unreachable = false }, cancellationToken);
            return;
        }

        if ((await zones.ResolveAsync(coach, cancellationToken)).Id != schedule.ZoneId)
        {
            await scheduling.PlanAsync(coach, s => s, cancellationToken);
        }
    }
}
