using System.Globalization;
using System.Text.Json;
using CoachBot.Cards;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Formatting;
using CoachBot.Cards.Views;
using CoachBot.Cards.Views.Goals;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>What starts the goal form: a new goal (optionally with a title or a suggestion), or an edit of a goal.</summary>
public sealed class GoalFormStart
{
    /// <summary>The goal to edit; null to add one.</summary>
    public long? GoalId { get; set; }

    /// <summary>When editing from a card: the version the card showed (a newer goal makes the card out of date).</summary>
    public int? GoalVersion { get; set; }

    public string? Title { get; set; }

    /// <summary>A role or task id to start from (a suggestion button).</summary>
    public string? Serves { get; set; }
}

/// <summary>The goal form dialog's state between turns.</summary>
public sealed class GoalFormState
{
    public long? GoalId { get; set; }

    public int? GoalVersion { get; set; }

    public string YearStart { get; set; } = "";

    public string YearEnd { get; set; } = "";

    public string YearLabel { get; set; } = "";

    public int ActiveCount { get; set; }

    public bool AskFocus { get; set; }

    public bool Declined { get; set; }

    public string? Title { get; set; }

    public string? Serves { get; set; }

    public int? Target { get; set; }

    public string? Unit { get; set; }

    public List<string>? Milestones { get; set; }

    public string? Due { get; set; }

    /// <summary>The values submitted and checked, saved by the last step.</summary>
    public bool Submitted { get; set; }

    internal SchoolYear Year => new(DateOnly.ParseExact(YearStart, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(YearEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture), YearLabel);

    internal DateOnly? DueDate => Due is null ? null : DateOnly.ParseExact(Due, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A submit of the goal form: the card it came from and the values it carried.</summary>
public sealed record GoalFormSubmission(string CardId, JsonElement Data);

/// <summary>
/// <c>add goal</c> and Edit: past the advised five active goals it first asks (quoting the article) whether to add one
/// more; then the form; then the goal is saved and the goals card shows it. An edit from an older card, or of a goal that
/// changed meanwhile, saves nothing and says so.
/// </summary>
public sealed partial class GoalFormDialog : WaterfallDialog<GoalFormState>
{
    public const string DialogId = "goals.form";

    private readonly IGoalStore _store;
    private readonly GoalBoard _board;
    private readonly GoalAnswers _answers;
    private readonly ILogger<GoalFormDialog> _logger;

    public GoalFormDialog(IGoalStore store, GoalBoard board, GoalAnswers answers, ILogger<GoalFormDialog> logger)
        : base(DialogId, GoalsJsonContext.Default.GoalFormState)
    {
        _store = store;
        _board = board;
        _answers = answers;
        _logger = logger;
        Do(PrepareAsync);
        Add(new OptionalStep<GoalFormState>(state => state.AskFocus, new CardFormStep<GoalFormState, GoalFocusPayload>(
            (_, state, cardId) => GoalFocusCard.Create(
                GoalsTexts.FocusHeading(state.ActiveCount), GoalsTexts.FocusQuestion(state.ActiveCount, state.YearLabel), GoalsTexts.FocusButton(state.ActiveCount), cardId),
            data => CardActionPayload.Read<GoalFocusPayload>(data).Payload,
            (context, state, payload) =>
            {
                state.Declined = !payload.Add;
                var cardId = DialogEngine.ReadCardId(context.Input.Action!.Data) ?? context.NewCardId();
                return new FormSubmitResult.Accepted(
                    ReadOnlySummaryCard.Create(GoalsTexts.FocusHeading(state.ActiveCount), [new SummaryFact("Your answer", payload.Add ? "Add it anyway" : "Not now")], cardId),
                    payload.Add ? "OK — here's the form." : "OK.");
            })));
        Do((context, state, _) =>
        {
            if (!state.Declined)
            {
                return Task.FromResult(StepOutcome.Next);
            }

            context.Reply("OK — no new goal. Finishing or archiving one makes room; type **goals** to see them.");
            return Task.FromResult(StepOutcome.End());
        });
        Add(new CardFormStep<GoalFormState, GoalFormSubmission>(
            (context, state, cardId) => GoalFormCard.Create(FormModel(state, GoalClock.Of(context.Input)), cardId),
            data => CardActionPayload.Read<GoalFormSavePayload>(data) is { Succeeded: true, CardId: { } cardId } ? new GoalFormSubmission(cardId, data.Clone()) : null,
            Submit));
        Do(SaveAsync);
    }

    public override string Title => "your goal form";

    protected override void OnBegin(DialogContext context, GoalFormState state, JsonElement? options)
    {
        ArgumentNullException.ThrowIfNull(state);
        var start = options is { ValueKind: JsonValueKind.Object } json ? json.Deserialize(GoalsJsonContext.Default.GoalFormStart) : null;
        state.GoalId = start?.GoalId;
        state.GoalVersion = start?.GoalVersion;
        state.Title = start?.Title is { } title ? GoalFormInput.Clean(title) : null;
        state.Serves = GoalServes.Find(start?.Serves)?.Id;
        if (state.Title is null && GoalServes.Find(start?.Serves) is { SuggestedTitle: { } suggested })
        {
            state.Title = suggested;
        }
    }

    private async Task<StepOutcome> PrepareAsync(DialogContext context, GoalFormState state, CancellationToken cancellationToken)
    {
        var coach = context.Input.User.Key;
        var clock = GoalClock.Of(context.Input);
        var snapshot = await _board.LoadAsync(coach, clock, cancellationToken);
        if (state.GoalId is { } id)
        {
            var goal = snapshot.All.FirstOrDefault(g => g.Id == id);
            if (goal is null)
            {
                context.Reply(GoalsTexts.NotFound(id));
                return StepOutcome.End();
            }

            if (state.GoalVersion is { } version && version != goal.Version)
            {
                context.Reply(await _answers.CardAsync(context, GoalCardViews.List, new GoalNotice(GoalsTexts.OutOfDate, GoalTone.Warning), cancellationToken));
                return StepOutcome.End();
            }

            if (goal.Status != GoalStatus.Active)
            {
                context.Reply(GoalAnswers.NotActive(goal, id));
                return StepOutcome.End();
            }

            state.GoalVersion = goal.Version;
            SetYear(state, goal.Year);
            state.Title = goal.Title;
            state.Serves = goal.Serves;
            state.Target = goal.HasMilestones ? null : goal.Target;
            state.Unit = goal.Unit;
            state.Milestones = goal.HasMilestones ? [.. goal.Milestones.Select(m => m.Text)] : null;
            state.Due = goal.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return StepOutcome.Next;
        }

        SetYear(state, snapshot.Year);
        state.ActiveCount = snapshot.Active.Count;
        if (state.ActiveCount >= GoalRules.MaxActive)
        {
            context.Reply(GoalsTexts.TooMany(snapshot.Year.Label));
            return StepOutcome.End();
        }

        state.AskFocus = state.ActiveCount >= GoalRules.AdvisedActive;
        return StepOutcome.Next;
    }

    private static FormSubmitResult Submit(DialogContext context, GoalFormState state, GoalFormSubmission submission)
    {
        var clock = GoalClock.Of(context.Input);
        var (values, problem) = GoalFormInput.Read(submission.Data, state.Year, clock.Today, state.DueDate, clock.Culture);
        if (values is null)
        {
            return new FormSubmitResult.Rejected(problem!);
        }

        state.Title = values.Title;
        state.Serves = values.Serves;
        state.Target = values.Target;
        state.Unit = values.Unit;
        state.Milestones = values.Milestones.Count > 0 ? [.. values.Milestones] : null;
        state.Due = values.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        state.Submitted = true;
        var measure = values.Target is { } target
            ? string.Create(CultureInfo.InvariantCulture, $"{target:N0} {values.Unit ?? ""}").Trim()
            : string.Create(CultureInfo.InvariantCulture, $"{values.Milestones.Count} milestone{(values.Milestones.Count == 1 ? "" : "s")}");
        return new FormSubmitResult.Accepted(
            ReadOnlySummaryCard.Create(
                state.GoalId is { } id ? $"Goal #{id.ToString(CultureInfo.InvariantCulture)}" : "New goal",
                [
                    new SummaryFact("Goal", values.Title),
                    new SummaryFact("Serves", GoalServes.Describe(values.Serves)),
                    new SummaryFact("Measure", measure),
                    new SummaryFact("Due", values.Due is { } due ? DateTimeText.Date(due, clock.Culture) : "no due date"),
                ],
                submission.CardId,
                "Saved."),
            "Got it.");
    }

    private async Task<StepOutcome> SaveAsync(DialogContext context, GoalFormState state, CancellationToken cancellationToken)
    {
        if (!state.Submitted)
        {
            return StepOutcome.End();
        }

        var coach = context.Input.User.Key;
        var clock = GoalClock.Of(context.Input);
        var milestones = state.Milestones ?? [];
        if (state.GoalId is { } id)
        {
            var edited = await _store.ChangeAsync(coach, id, state.GoalVersion, goal => goal.Status != GoalStatus.Active ? null : new GoalEdit(Edit(goal, state, milestones)),
                GoalRules.MaxActive, clock.Now, cancellationToken);
            if (edited.Status == GoalChangeStatus.Changed)
            {
                Log.GoalEdited(_logger, id);
            }

            var notice = edited.Goal is { } saved ? new GoalNotice($"✔ Saved your changes to “{Cards.Text.PlainText.OneLine(saved.Title, 60)}”.") : null;
            var stale = edited.Status is GoalChangeStatus.Stale or GoalChangeStatus.Unchanged;
            await _answers.AnswerAsync(
                context,
                stale ? new GoalActionResult(GoalChangeStatus.Stale, edited.Goal, null) : new GoalActionResult(edited.Status, edited.Goal, notice),
                id,
                GoalCardViews.List,
                context.Reply,
                cancellationToken);
            return StepOutcome.End();
        }

        var year = state.Year;
        var start = clock.Today > year.Start ? clock.Today : year.Start;
        var added = await _store.AddAsync(
            new NewGoal(coach, year, state.Title!, state.Serves!, state.Target, state.Unit, 0, [.. milestones.Select(text => new Milestone(text, null))], state.DueDate, start),
            GoalRules.MaxActive,
            clock.Now,
            cancellationToken);
        if (added.Status != GoalChangeStatus.Changed)
        {
            context.Reply(GoalsTexts.TooMany(year.Label));
            return StepOutcome.End();
        }

        Log.GoalAdded(_logger, added.Goal!.Id);
        var snapshot = await _board.LoadAsync(coach, clock, cancellationToken);
        var number = added.Goal.Id.ToString(CultureInfo.InvariantCulture);
        context.Reply(_board.ListCard(snapshot, clock, new GoalNotice($"✔ Added goal #{number}: “{Cards.Text.PlainText.OneLine(added.Goal.Title, 60)}”."), context.NewCardId()));
        return StepOutcome.End();
    }

    /// <summary>
    /// The goal with the form's values. Milestones keep their done date when their text stays; switching between a number
    /// and milestones starts progress again.
    /// </summary>
    internal static Goal Edit(Goal goal, GoalFormState state, IReadOnlyList<string> milestones)
    {
        var kept = milestones
            .Select(text => new Milestone(text, goal.Milestones.FirstOrDefault(m => string.Equals(m.Text, text, StringComparison.OrdinalIgnoreCase))?.DoneOn))
            .ToList();
        return goal with
        {
            Title = state.Title!,
            Serves = state.Serves!,
            Target = state.Target,
            Unit = state.Unit,
            Progress = state.Target is null ? 0 : goal.HasMilestones ? 0 : goal.Progress,
            Milestones = kept,
            Due = state.DueDate,
        };
    }

    private static void SetYear(GoalFormState state, SchoolYear year)
    {
        state.YearStart = year.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        state.YearEnd = year.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        state.YearLabel = year.Label;
    }

    private static GoalFormModel FormModel(GoalFormState state, GoalClock clock)
    {
        var year = state.Year;
        var min = clock.Today > year.Start ? clock.Today : year.Start;
        if (state.DueDate is { } due && due < min)
        {
            min = due;
        }

        var heading = state.GoalId is { } id ? $"Edit goal #{id.ToString(CultureInfo.InvariantCulture)}" : $"Add a goal for {state.YearLabel}";
        var note = state.GoalId is null
            ? "Keep it concrete: what will be different by the end of the year, and how will you know?"
            : "Switching between a number and milestones starts the progress again.";
        return new GoalFormModel(
            heading,
            [.. GoalServes.All.Select(option => new GoalServesChoice(option.Id, option.IsTask ? $"Task: {GoalServes.Describe(option.Id)}" : option.Title))],
            min.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            year.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            state.Title,
            state.Serves,
            state.Target,
            state.Unit,
            state.Milestones is { Count: > 0 } lines ? string.Join('\n', lines) : null,
            state.Due,
            note);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2704, Level = LogLevel.Information, Message = "Goal {GoalId} added")]
        public static partial void GoalAdded(ILogger logger, long goalId);

        [LoggerMessage(EventId = 2705, Level = LogLevel.Information, Message = "Goal {GoalId} edited")]
        public static partial void GoalEdited(ILogger logger, long goalId);
    }
}

/// <summary>A waterfall step that runs only when <c>when</c> holds for the state (otherwise the dialog goes straight on).</summary>
public sealed class OptionalStep<TState>(Func<TState, bool> when, WaterfallStep<TState> step) : WaterfallStep<TState>
    where TState : class, new()
{
    internal override Task<StepOutcome> EnterAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken) =>
        when(state) ? step.EnterAsync(context, frame, state, cancellationToken) : Task.FromResult(StepOutcome.Next);

    internal override Task<StepOutcome> ContinueAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken) =>
        step.ContinueAsync(context, frame, state, cancellationToken);

    internal override Task<StepOutcome> ResumeAsync(DialogContext context, DialogFrame frame, TState state, JsonElement? childResult, CancellationToken cancellationToken) =>
        step.ResumeAsync(context, frame, state, childResult, cancellationToken);

    internal override Task RepromptAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken) =>
        step.RepromptAsync(context, frame, state, cancellationToken);
}
