namespace CoachBot.Cards.Views.Goals;

/// <summary>How a pace line is coloured (it always says its status in words too).</summary>
public enum GoalTone
{
    Neutral,
    Good,
    Warning,
}

/// <summary>A milestone as shown: its text (the coach's words, shown as plain text) and whether it is done.</summary>
public sealed record GoalMilestoneView(string Text, bool Done);

/// <summary>
/// One goal as a card shows it. <paramref name="Numbers"/> says the progress in words ("4 of 6 parent workshops (66 %)"),
/// beside the bar drawn from <paramref name="BarFraction"/>; <paramref name="Pace"/> states the pace in words.
/// </summary>
public sealed record GoalItemView(
    long Id,
    int Version,
    string Title,
    string Serves,
    double BarFraction,
    string Numbers,
    string Pace,
    GoalTone Tone,
    string? Due = null,
    string? LastReflection = null,
    IReadOnlyList<GoalMilestoneView>? Milestones = null);

/// <summary>A line at the top of a goals card saying what just happened, with an optional Undo for one goal.</summary>
public sealed record GoalNotice(string Text, GoalTone Tone = GoalTone.Good, long? UndoGoalId = null, int UndoVersion = 0);

/// <summary>A suggested start for a goal: what it serves (a role or task id) and the button title.</summary>
public sealed record GoalSuggestionView(string Serves, string Title);

/// <summary>The goals list card: the year's active goals with progress and pace, those done, and what needs deciding.</summary>
/// <param name="YearLabel">"2026–27".</param>
/// <param name="Subtitle">e.g. "Week 14 of the school year · 3 active goals".</param>
/// <param name="Active">The active goals, each with its buttons.</param>
/// <param name="Done">Goals of the year marked done.</param>
/// <param name="ArchivedCount">Goals of the year archived (not shown).</param>
/// <param name="FocusNote">The five-goal advice when the year has more active goals (Markdown).</param>
/// <param name="CarryOverNote">Unfinished goals of an ended year are waiting for a decision (Markdown).</param>
/// <param name="Notice">What the last action did.</param>
/// <param name="Suggestions">When the year has no goals: the article's six tasks as starting points.</param>
/// <param name="Intro">When the year has no goals: why set them (Markdown).</param>
/// <param name="CanAdd">False when the year holds the most active goals CoachBot keeps.</param>
public sealed record GoalListModel(
    string YearLabel,
    string Subtitle,
    IReadOnlyList<GoalItemView> Active,
    IReadOnlyList<GoalItemView> Done,
    int ArchivedCount,
    string? FocusNote = null,
    string? CarryOverNote = null,
    GoalNotice? Notice = null,
    IReadOnlyList<GoalSuggestionView>? Suggestions = null,
    string? Intro = null,
    bool CanAdd = true);

/// <summary>The card of unfinished goals from ended years, each with Carry over / Mark done / Archive.</summary>
/// <param name="Heading">"Unfinished goals from 2025–26".</param>
/// <param name="Intro">What carrying over does, and into which year (Markdown).</param>
/// <param name="Goals">The undecided goals (their pace says "year over").</param>
/// <param name="ConfirmGoalId">A goal whose carry-over waits for "past five goals" confirmation (0 = all of them).</param>
/// <param name="ConfirmText">That confirmation's question, quoting the article (Markdown).</param>
/// <param name="Notice">What the last action did.</param>
public sealed record GoalCarryOverModel(
    string Heading,
    string Intro,
    IReadOnlyList<GoalItemView> Goals,
    long? ConfirmGoalId = null,
    string? ConfirmText = null,
    GoalNotice? Notice = null);

/// <summary>A choice of the form's "what it serves" list.</summary>
public sealed record GoalServesChoice(string Id, string Title);

/// <summary>The add or edit form of a goal.</summary>
/// <param name="Heading">"Add a goal for 2026–27" or "Edit goal #12".</param>
/// <param name="Choices">What a goal can serve (the ten roles, then the six tasks).</param>
/// <param name="MinDue">The first allowed due date (ISO), the start of the year or today.</param>
/// <param name="MaxDue">The last allowed due date (ISO), the end of the year.</param>
/// <param name="Note">A line under the heading (Markdown), e.g. the focus advice.</param>
public sealed record GoalFormModel(
    string Heading,
    IReadOnlyList<GoalServesChoice> Choices,
    string MinDue,
    string MaxDue,
    string? Title = null,
    string? Serves = null,
    int? Target = null,
    string? Unit = null,
    string? Milestones = null,
    string? Due = null,
    string? Note = null);

/// <summary>A goal the progress picker offers.</summary>
public sealed record GoalPickChoice(long Id, string Title);

/// <summary>
/// The small progress form: for one goal (an amount, or its open milestones to tick), or — with
/// <paramref name="Picker"/> — a choice of goal and an amount.
/// </summary>
public sealed record GoalProgressFormModel(
    long? GoalId,
    int? GoalVersion,
    string? GoalTitle,
    string? Numbers,
    IReadOnlyList<GoalMilestoneChoice>? OpenMilestones = null,
    IReadOnlyList<GoalPickChoice>? Picker = null,
    int? Amount = null);

/// <summary>An open milestone the progress form lets the coach tick (value = its position).</summary>
public sealed record GoalMilestoneChoice(int Position, string Text);
