using System.Globalization;
using System.Text.Json;
using CoachBot.Cards.Views;
using CoachBot.Cards.Views.Goals;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary><c>goals.progress.open</c>: the goal's small progress form replaces the pressed card.</summary>
public sealed class GoalProgressOpenVerb(IRoleChecker roles, GoalBoard board, GoalAnswers answers) : GoalVerb<GoalProgressOpenPayload>(roles)
{
    protected override async Task HandleAsync(DialogContext context, GoalProgressOpenPayload payload, JsonElement data, CancellationToken cancellationToken)
    {
        var clock = GoalClock.Of(context.Input);
        var snapshot = await board.LoadAsync(context.Input.User.Key, clock, cancellationToken);
        var goal = snapshot.All.FirstOrDefault(g => g.Id == payload.GoalId);
        if (goal is null)
        {
            DialogEngine.Answer(context, GoalsTexts.NotFound(payload.GoalId));
            return;
        }

        if (goal.Version != payload.GoalVersion || goal.Status != GoalStatus.Active)
        {
            await answers.AnswerAsync(context, new GoalActionResult(GoalChangeStatus.Stale, goal, null), goal.Id, GoalCardViews.List, card => Show(context, card), cancellationToken);
            return;
        }

        Show(context, board.ProgressForm(goal, clock, context.NewCardId()));
    }
}

/// <summary>
/// <c>goals.progress.save</c>: the progress form's button. A goal's form adds its amount or ticks its milestones (checked
/// against the version the form showed); the picker form logs the amount on the chosen goal, or — for a goal with
/// milestones — shows that goal's form. The goals card with what changed replaces the form.
/// </summary>
public sealed class GoalProgressSaveVerb(IRoleChecker roles, GoalBoard board, GoalActions actions, GoalAnswers answers) : GoalVerb<GoalProgressSavePayload>(roles)
{
    protected override async Task HandleAsync(DialogContext context, GoalProgressSavePayload payload, JsonElement data, CancellationToken cancellationToken)
    {
        var coach = context.Input.User.Key;
        var clock = GoalClock.Of(context.Input);
        long id;
        int? version = payload.GoalVersion;
        if (payload.GoalId is { } fromCard)
        {
            id = fromCard;
        }
        else if (long.TryParse(GoalFormInput.Text(data, GoalProgressFormCard.GoalInput), NumberStyles.None, CultureInfo.InvariantCulture, out var picked))
        {
            id = picked;
            version = null;
        }
        else
        {
            DialogEngine.Answer(context, "Please pick a goal first.");
            return;
        }

        var goal = await board.LoadAsync(coach, clock, cancellationToken) is var snapshot ? snapshot.All.FirstOrDefault(g => g.Id == id) : null;
        if (goal is null)
        {
            DialogEngine.Answer(context, GoalsTexts.NotFound(id));
            return;
        }

        if (goal.HasMilestones)
        {
            var positions = (GoalFormInput.Text(data, GoalProgressFormCard.MilestonesInput) ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : -1)
                .Distinct()
                .ToList();
            if (payload.GoalId is null)
            {
                // Picked on the picker: that goal's own form, where its milestones can be ticked.
                if (goal.Status != GoalStatus.Active)
                {
                    DialogEngine.Answer(context, GoalAnswers.NotActive(goal, id));
                    return;
                }

                Show(context, board.ProgressForm(goal, clock, context.NewCardId()));
                return;
            }

            if (positions.Count == 0 && goal.Version == version)
            {
                DialogEngine.Answer(context, "Tick at least one milestone, then press Log it.");
                return;
            }

            if (positions.Any(p => p < 0) && goal.Version == version)
            {
                DialogEngine.Answer(context, DialogEngineTexts.OutOfDate);
                return;
            }

            var ticked = await actions.LogMilestonesAsync(coach, id, version, positions, clock, cancellationToken);
            await answers.AnswerAsync(context, Stale(ticked, version), id, GoalCardViews.List, card => Show(context, card), cancellationToken);
            return;
        }

        var amountText = GoalFormInput.Text(data, GoalProgressFormCard.AmountInput)?.Trim();
        if (!int.TryParse(amountText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount) || amount == 0 || Math.Abs(amount) > GoalRules.MaxStep)
        {
            DialogEngine.Answer(context, string.Create(CultureInfo.InvariantCulture,
                $"Type how many to add: a whole number from 1 to {GoalRules.MaxStep:N0} (or a negative one, down to -{GoalRules.MaxStep:N0}, to take a mistake back)."));
            return;
        }

        var logged = await actions.LogAmountAsync(coach, id, version, amount, clock, cancellationToken);
        await answers.AnswerAsync(context, Stale(logged, version), id, GoalCardViews.List, card => Show(context, card), cancellationToken);
    }

    // A form's goal that is no longer active (done or archived since) makes the form out of date.
    private static GoalActionResult Stale(GoalActionResult result, int? version) =>
        result.Status == GoalChangeStatus.Unchanged && version is not null ? result with { Status = GoalChangeStatus.Stale } : result;
}

/// <summary><c>goals.done</c>: Mark done, on the list or the carry-over card.</summary>
public sealed class GoalDoneVerb(IRoleChecker roles, GoalActions actions, GoalAnswers answers) : GoalVerb<GoalDonePayload>(roles)
{
    protected override async Task HandleAsync(DialogContext context, GoalDonePayload payload, JsonElement data, CancellationToken cancellationToken)
    {
        var result = await actions.MarkDoneAsync(context.Input.User.Key, payload.GoalId, payload.GoalVersion, GoalClock.Of(context.Input), cancellationToken);
        await answers.AnswerAsync(context, AsStale(result), payload.GoalId, payload.View, card => Show(context, card), cancellationToken);
    }

    internal static GoalActionResult AsStale(GoalActionResult result) =>
        result.Status == GoalChangeStatus.Unchanged ? result with { Status = GoalChangeStatus.Stale } : result;
}

/// <summary><c>goals.archive</c>: Archive, on the list or the carry-over card.</summary>
public sealed class GoalArchiveVerb(IRoleChecker roles, GoalActions actions, GoalAnswers answers) : GoalVerb<GoalArchivePayload>(roles)
{
    protected override async Task HandleAsync(DialogContext context, GoalArchivePayload payload, JsonElement data, CancellationToken cancellationToken)
    {
        var result = await actions.ArchiveAsync(context.Input.User.Key, payload.GoalId, payload.GoalVersion, GoalClock.Of(context.Input), cancellationToken);
        await answers.AnswerAsync(context, GoalDoneVerb.AsStale(result), payload.GoalId, payload.View, card => Show(context, card), cancellationToken);
    }
}

/// <summary><c>goals.restore</c>: Undo a Mark done or an Archive.</summary>
public sealed class GoalRestoreVerb(IRoleChecker roles, GoalActions actions, GoalAnswers answers) : GoalVerb<GoalRestorePayload>(roles)
{
    protected override async Task HandleAsync(DialogContext context, GoalRestorePayload payload, JsonElement data, CancellationToken cancellationToken)
    {
        var result = await actions.RestoreAsync(context.Input.User.Key, payload.GoalId, payload.GoalVersion, GoalClock.Of(context.Input), cancellationToken);
        var view = result.Goal is { } goal && GoalYears.HasEnded(goal.Year, GoalClock.Of(context.Input).Today) ? GoalCardViews.CarryOver : GoalCardViews.List;
        await answers.AnswerAsync(context, GoalDoneVerb.AsStale(result), payload.GoalId, view, card => Show(context, card), cancellationToken);
    }
}

/// <summary><c>goals.edit</c>: the goal's form, as a new message (an older card's Edit is out of date).</summary>
public sealed class GoalEditVerb(IRoleChecker roles, IGoalStore store, GoalAnswers answers) : GoalVerb<GoalEditPayload>(roles)
{
    protected override async Task HandleAsync(DialogContext context, GoalEditPayload payload, JsonElement data, CancellationToken cancellationToken)
    {
        var goal = await store.FindAsync(context.Input.User.Key, payload.GoalId, cancellationToken);
        if (goal is null)
        {
            DialogEngine.Answer(context, GoalsTexts.NotFound(payload.GoalId));
            return;
        }

        if (goal.Version != payload.GoalVersion || goal.Status != GoalStatus.Active)
        {
            await answers.AnswerAsync(context, new GoalActionResult(GoalChangeStatus.Stale, goal, null), goal.Id, GoalCardViews.List, card => Show(context, card), cancellationToken);
            return;
        }

        if (context.RootDialog is { } interrupted)
        {
            context.CancelAllDialogs();
            context.Reply($"I've stopped {interrupted.Title} so we can do this instead.");
        }

        var start = new GoalFormStart { GoalId = payload.GoalId, GoalVersion = payload.GoalVersion };
        await context.BeginDialogAsync(GoalFormDialog.DialogId, JsonSerializer.SerializeToElement(start, GoalsJsonContext.Default.GoalFormStart), cancellationToken);
        if (context.Input.Action is { IsInvoke: true } && context.InvokeReply is null)
        {
            context.SetInvokeReply(new InvokeReply.Message("Edit the goal in the form below."));
        }
    }
}

/// <summary><c>goals.add</c>: the add-goal form (from a suggestion, the offer or the list), as a new message.</summary>
public sealed class GoalAddVerb(IRoleChecker roles) : GoalVerb<GoalAddPayload>(roles)
{
    protected override async Task HandleAsync(DialogContext context, GoalAddPayload payload, JsonElement data, CancellationToken cancellationToken)
    {
        if (context.RootDialog is { } interrupted)
        {
            context.CancelAllDialogs();
            context.Reply($"I've stopped {interrupted.Title} so we can do this instead.");
        }

        var start = new GoalFormStart { Serves = payload.Serves };
        await context.BeginDialogAsync(GoalFormDialog.DialogId, JsonSerializer.SerializeToElement(start, GoalsJsonContext.Default.GoalFormStart), cancellationToken);
        if (context.Input.Action is { IsInvoke: true } && context.InvokeReply is null)
        {
            context.SetInvokeReply(new InvokeReply.Message("Fill in the form below."));
        }
    }
}

/// <summary><c>goals.show</c>: the goals list (or the carry-over card) as it is now, in place of the pressed card.</summary>
public sealed class GoalShowVerb(IRoleChecker roles, GoalAnswers answers) : GoalVerb<GoalShowPayload>(roles)
{
    protected override async Task HandleAsync(DialogContext context, GoalShowPayload payload, JsonElement data, CancellationToken cancellationToken) =>
        Show(context, await answers.CardAsync(context, payload.View == GoalCardViews.CarryOver ? GoalCardViews.CarryOver : GoalCardViews.List, null, cancellationToken));
}

/// <summary><c>goals.offer.later</c>: "Not now" on the set-your-goals offer.</summary>
public sealed class GoalOfferLaterVerb(IRoleChecker roles) : GoalVerb<GoalOfferLaterPayload>(roles)
{
    protected override Task HandleAsync(DialogContext context, GoalOfferLaterPayload payload, JsonElement data, CancellationToken cancellationToken)
    {
        var cardId = DialogEngine.ReadCardId(data) ?? context.NewCardId();
        Show(context, ReadOnlySummaryCard.Create("Set your goals later", [], cardId, "OK — type add goal whenever you're ready, or goals to see them."));
        return Task.CompletedTask;
    }
}

/// <summary>
/// <c>goals.carry</c>: carries one unfinished goal of an ended year into this year. Past the advised five active goals
/// the card first asks (quoting the article) and carries it only on "Carry over anyway".
/// </summary>
public sealed class GoalCarryVerb(IRoleChecker roles, GoalBoard board, GoalActions actions, GoalAnswers answers) : GoalVerb<GoalCarryPayload>(roles)
{
    protected override async Task HandleAsync(DialogContext context, GoalCarryPayload payload, JsonElement data, CancellationToken cancellationToken)
    {
        var coach = context.Input.User.Key;
        var clock = GoalClock.Of(context.Input);
        var snapshot = await board.LoadAsync(coach, clock, cancellationToken);
        var goal = snapshot.All.FirstOrDefault(g => g.Id == payload.GoalId);
        if (goal is null)
        {
            DialogEngine.Answer(context, GoalsTexts.NotFound(payload.GoalId));
            return;
        }

        if (goal.Version != payload.GoalVersion || !snapshot.Undecided.Contains(goal))
        {
            await answers.AnswerAsync(context, new GoalActionResult(GoalChangeStatus.Stale, goal, null), goal.Id, GoalCardViews.CarryOver, card => Show(context, card), cancellationToken);
            return;
        }

        if (!payload.Confirmed && snapshot.Active.Count >= GoalRules.AdvisedActive)
        {
            Show(context, board.CarryOverCard(snapshot, clock, null, context.NewCardId(), confirmGoalId: goal.Id));
            return;
        }

        var result = await actions.CarryOverAsync(coach, goal.Id, payload.GoalVersion, snapshot, clock, cancellationToken);
        await answers.AnswerAsync(context, result, goal.Id, GoalCardViews.CarryOver, card => Show(context, card), cancellationToken);
    }
}

/// <summary><c>goals.carry.all</c>: carries every unfinished goal of ended years (asking first past five active goals).</summary>
public sealed class GoalCarryAllVerb(IRoleChecker roles, GoalBoard board, GoalActions actions, GoalAnswers answers) : GoalVerb<GoalCarryAllPayload>(roles)
{
    protected override async Task HandleAsync(DialogContext context, GoalCarryAllPayload payload, JsonElement data, CancellationToken cancellationToken)
    {
        var coach = context.Input.User.Key;
        var clock = GoalClock.Of(context.Input);
        var snapshot = await board.LoadAsync(coach, clock, cancellationToken);
        var undecided = snapshot.Undecided;
        if (undecided.Count == 0)
        {
            Show(context, board.CarryOverCard(snapshot, clock, null, context.NewCardId()));
            return;
        }

        if (!payload.Confirmed && snapshot.Active.Count + undecided.Count > GoalRules.AdvisedActive)
        {
            Show(context, board.CarryOverCard(snapshot, clock, null, context.NewCardId(), confirmGoalId: 0));
            return;
        }

        var carried = 0;
        var tooMany = false;
        foreach (var goal in undecided)
        {
            var result = await actions.CarryOverAsync(coach, goal.Id, goal.Version, snapshot, clock, cancellationToken);
            carried += result.Status == GoalChangeStatus.Changed ? 1 : 0;
            tooMany |= result.Status == GoalChangeStatus.TooMany;
        }

        var notice = tooMany
            ? new GoalNotice($"⚠ Carried over {carried}; the rest would pass the {GoalRules.MaxActive} active goals I keep for {snapshot.Year.Label}.", GoalTone.Warning)
            : new GoalNotice(string.Create(CultureInfo.InvariantCulture, $"✔ Carried {carried} goal{(carried == 1 ? "" : "s")} over into {snapshot.Year.Label}."));
        Show(context, await answers.CardAsync(context, GoalCardViews.CarryOver, notice, cancellationToken));
    }
}

/// <summary><c>goals.archive.past</c>: archives every unfinished goal of ended years.</summary>
public sealed class GoalArchivePastVerb(IRoleChecker roles, GoalBoard board, GoalActions actions, GoalAnswers answers) : GoalVerb<GoalArchivePastPayload>(roles)
{
    protected override async Task HandleAsync(DialogContext context, GoalArchivePastPayload payload, JsonElement data, CancellationToken cancellationToken)
    {
        var coach = context.Input.User.Key;
        var clock = GoalClock.Of(context.Input);
        var snapshot = await board.LoadAsync(coach, clock, cancellationToken);
        var archived = 0;
        foreach (var goal in snapshot.Undecided)
        {
            archived += (await actions.ArchiveAsync(coach, goal.Id, goal.Version, clock, cancellationToken)).Status == GoalChangeStatus.Changed ? 1 : 0;
        }

        var notice = new GoalNotice(string.Create(CultureInfo.InvariantCulture, $"Archived {archived} goal{(archived == 1 ? "" : "s")} of last year."), GoalTone.Neutral);
        Show(context, await answers.CardAsync(context, GoalCardViews.CarryOver, notice, cancellationToken));
    }
}
