using System.Globalization;
using System.Text.Json;
using CoachBot.Cards;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Formatting;
using CoachBot.Cards.Views.Goals;
using CoachBot.Cards.Views.Nudges;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Nudges;

/// <summary>
/// The common part of every nudge button: the payload is read (an unreadable one is out of date), a press from a group chat
/// or channel changes nothing, only coaches get further, another coach's nudge is "not found", and a nudge of another week
/// or showing other goals than the coach's active ones now answers "out of date" with the current nudge. The answer
/// replaces the pressed card in place.
/// </summary>
public abstract class NudgeVerb<TPayload>(IRoleChecker roles, NudgeViews views) : ICardActionHandler
    where TPayload : class, INudgePayload, ICardActionPayload<TPayload>
{
    public string Verb => TPayload.Verb;

    protected NudgeViews Views => views;

    public async Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        if (CardActionPayload.Read<TPayload>(action.Data).Payload is not { } payload)
        {
            DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
            return;
        }

        if (context.Input.IsShared)
        {
            DialogEngine.Answer(context, NudgeTexts.Private);
            return;
        }

        if (!await roles.HasRoleAsync(context.Input.User, CoachingRoles.CoachName, cancellationToken))
        {
            DialogEngine.Answer(context, NudgeTexts.ForTeachers);
            return;
        }

        var coach = context.Input.User.Key;
        if (!string.Equals(payload.Coach, coach, StringComparison.Ordinal))
        {
            DialogEngine.Answer(context, NudgeTexts.NotFound);
            return;
        }

        var clock = await views.ClockAsync(context.Input, cancellationToken);
        var current = await views.BuildAsync(coach, clock, null, context.NewCardId(), cancellationToken);
        if (payload.Week != NudgeScheduling.WeekText(current.Week) || payload.Goals != current.GoalIds)
        {
            var fresh = await views.BuildAsync(coach, clock, new GoalNotice(NudgeTexts.OutOfDate, GoalTone.Warning), context.NewCardId(), cancellationToken);
            Show(context, fresh.Card);
            return;
        }

        await HandleAsync(context, payload, current, clock, action.Data, cancellationToken);
    }

    /// <summary>Handles a press of the coach's own, current nudge.</summary>
    protected abstract Task HandleAsync(DialogContext context, TPayload payload, BuiltNudge current, GoalClock clock, JsonElement data, CancellationToken cancellationToken);

    /// <summary>The nudge as it is now, with <paramref name="notice"/>, in place of the pressed card.</summary>
    protected async Task ShowNudgeAsync(DialogContext context, GoalClock clock, GoalNotice? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var built = await views.BuildAsync(context.Input.User.Key, clock, notice, context.NewCardId(), cancellationToken);
        Show(context, built.Card);
    }

    protected static void Show(DialogContext context, RenderedCard card)
    {
        ArgumentNullException.ThrowIfNull(context);
        DialogEngine.AnswerWithCard(context, card);
    }
}

/// <summary><c>nudges.progress</c>: the small Log progress form replaces the nudge.</summary>
public sealed class NudgeProgressVerb(IRoleChecker roles, NudgeViews views) : NudgeVerb<NudgeProgressPayload>(roles, views)
{
    protected override Task HandleAsync(DialogContext context, NudgeProgressPayload payload, BuiltNudge current, GoalClock clock, JsonElement data, CancellationToken cancellationToken)
    {
        var choices = current.Active.Select(goal => new NudgeGoalChoice(goal.Id, goal.Title, goal.HasMilestones)).ToList();
        Show(context, NudgeProgressFormCard.Create(payload.Coach, payload.Week, payload.Goals, choices, context.NewCardId()));
        return Task.CompletedTask;
    }
}

/// <summary><c>nudges.back</c>: the form's Back: the nudge again.</summary>
public sealed class NudgeBackVerb(IRoleChecker roles, NudgeViews views) : NudgeVerb<NudgeBackPayload>(roles, views)
{
    protected override Task HandleAsync(DialogContext context, NudgeBackPayload payload, BuiltNudge current, GoalClock clock, JsonElement data, CancellationToken cancellationToken)
    {
        Show(context, current.Card);
        return Task.CompletedTask;
    }
}

/// <summary>
/// <c>nudges.progress.save</c>: logs the amount on the chosen goal (a goal with milestones: ticks that many of its next open
/// milestones), then the updated nudge replaces the form.
/// </summary>
public sealed class NudgeProgressSaveVerb(IRoleChecker roles, NudgeViews views, GoalActions actions) : NudgeVerb<NudgeProgressSavePayload>(roles, views)
{
    protected override async Task HandleAsync(DialogContext context, NudgeProgressSavePayload payload, BuiltNudge current, GoalClock clock, JsonElement data, CancellationToken cancellationToken)
    {
        var goalText = GoalFormInput.Text(data, NudgeProgressFormCard.GoalInput)?.Trim();
        var goal = long.TryParse(goalText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? current.Active.FirstOrDefault(g => g.Id == id) : null;
        if (goal is null)
        {
            DialogEngine.Answer(context, "Please pick one of your active goals.");
            return;
        }

        var amountText = GoalFormInput.Text(data, NudgeProgressFormCard.AmountInput)?.Trim();
        if (!int.TryParse(amountText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount) || amount == 0 || Math.Abs(amount) > GoalRules.MaxStep)
        {
            DialogEngine.Answer(context, string.Create(CultureInfo.InvariantCulture,
                $"Type how many to add: a whole number from 1 to {GoalRules.MaxStep:N0} (or a negative one, down to -{GoalRules.MaxStep:N0}, to take a mistake back)."));
            return;
        }

        GoalActionResult result;
        if (goal.HasMilestones)
        {
            var open = goal.Milestones.Select((milestone, position) => (milestone, position)).Where(m => !m.milestone.IsDone).Select(m => m.position).ToList();
            if (amount < 0 || open.Count == 0)
            {
                DialogEngine.Answer(context, open.Count == 0
                    ? "Every milestone of that goal is done already."
                    : "A milestone can't be taken back here — type **goals** and edit the goal.");
                return;
            }

            result = await actions.LogMilestonesAsync(context.Input.User.Key, goal.Id, null, [.. open.Take(amount)], clock, cancellationToken);
        }
        else
        {
            result = await actions.LogAmountAsync(context.Input.User.Key, goal.Id, null, amount, clock, cancellationToken);
        }

        await ShowNudgeAsync(context, clock, result.Notice, cancellationToken);
    }
}

/// <summary><c>nudges.reflect</c>: the reflection form comes as a new message (the reflections feature's own <c>reflect</c>); the nudge says so.</summary>
public sealed class NudgeReflectVerb(IRoleChecker roles, NudgeViews views) : NudgeVerb<NudgeReflectPayload>(roles, views)
{
    protected override async Task HandleAsync(DialogContext context, NudgeReflectPayload payload, BuiltNudge current, GoalClock clock, JsonElement data, CancellationToken cancellationToken)
    {
        if (!await context.RunCommandAsync("reflect", cancellationToken))
        {
            DialogEngine.Answer(context, "Type **reflect** to write a reflection.");
            return;
        }

        await ShowNudgeAsync(context, clock, new GoalNotice("✔ The reflection form is below."), cancellationToken);
    }
}

/// <summary><c>nudges.snooze</c>: this week's nudge again on the next school day, at the coach's nudge time.</summary>
public sealed class NudgeSnoozeVerb(IRoleChecker roles, NudgeViews views, INudgeStore store, NudgePlanner planner, NudgeScheduling scheduling)
    : NudgeVerb<NudgeSnoozePayload>(roles, views)
{
    protected override async Task HandleAsync(DialogContext context, NudgeSnoozePayload payload, BuiltNudge current, GoalClock clock, JsonElement data, CancellationToken cancellationToken)
    {
        var coach = context.Input.User.Key;
        if (await store.FindSentAsync(coach, current.Week, NudgeKind.Snooze, cancellationToken) is { Status: "sent" })
        {
            // One snooze a week: the sent-nudges table keeps one snooze reminder per week.
            await ShowNudgeAsync(context, clock, new GoalNotice("This nudge already came back once this week — the next one comes next week.", GoalTone.Neutral), cancellationToken);
            return;
        }

        var schedule = await store.FindScheduleAsync(coach, cancellationToken) ?? new NudgeSchedule(coach);
        if (planner.NextSchoolDay(schedule, clock.Zone, clock.Today) is not { } due)
        {
            DialogEngine.Answer(context, "There's no school day ahead in the calendar, so I can't snooze it.");
            return;
        }

        await scheduling.SnoozeAsync(coach, current.Week, due, cancellationToken);
        await ShowNudgeAsync(context, clock, new GoalNotice($"✔ Snoozed — I'll bring it back {DateTimeText.DateAndTime(due, clock.Zone, clock.Culture)}."), cancellationToken);
    }
}

/// <summary><c>nudges.skip</c>: nothing more this week (a snoozed nudge is dropped too).</summary>
public sealed class NudgeSkipVerb(IRoleChecker roles, NudgeViews views, NudgeScheduling scheduling) : NudgeVerb<NudgeSkipPayload>(roles, views)
{
    protected override async Task HandleAsync(DialogContext context, NudgeSkipPayload payload, BuiltNudge current, GoalClock clock, JsonElement data, CancellationToken cancellationToken)
    {
        var coach = context.Input.User.Key;
        await scheduling.CancelSnoozeAsync(coach, cancellationToken);
        await scheduling.PlanAsync(coach, s => s with { SkipWeek = current.Week }, cancellationToken);
        await ShowNudgeAsync(context, clock, new GoalNotice("✔ Skipped this week — see you next week."), cancellationToken);
    }
}

/// <summary><c>nudges.pause</c>: no nudges until <c>resume nudges</c>.</summary>
public sealed class NudgePauseVerb(IRoleChecker roles, NudgeViews views, NudgeScheduling scheduling) : NudgeVerb<NudgePausePayload>(roles, views)
{
    protected override async Task HandleAsync(DialogContext context, NudgePausePayload payload, BuiltNudge current, GoalClock clock, JsonElement data, CancellationToken cancellationToken)
    {
        var coach = context.Input.User.Key;
        await scheduling.CancelSnoozeAsync(coach, cancellationToken);
        await scheduling.PlanAsync(coach, s => s with { Paused = true }, cancellationToken);
        await ShowNudgeAsync(context, clock, new GoalNotice(NudgeTexts.Paused, GoalTone.Neutral), cancellationToken);
    }
}
