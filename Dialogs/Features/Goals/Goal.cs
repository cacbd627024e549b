using CoachBot.Dialogs.School;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>Where a goal stands in its coach's year.</summary>
public enum GoalStatus
{
    /// <summary>Being worked on (counts toward the five-goal advice).</summary>
    Active,

    /// <summary>Marked done by the coach.</summary>
    Done,

    /// <summary>Put away by the coach (not listed any more).</summary>
    Archived,

    /// <summary>Unfinished at the end of its year and carried into a later year (a new goal continues it).</summary>
    CarriedOver,
}

/// <summary>A milestone of a goal measured by milestones; <see cref="DoneOn"/> is the coach's local date it was done.</summary>
public sealed record Milestone(string Text, DateOnly? DoneOn)
{
    public bool IsDone => DoneOn is not null;
}

/// <summary>The reflection last linked to a goal (filled in by the reflections feature through <see cref="IGoalLinks"/>).</summary>
/// <param name="ReflectionId">The reflections feature's own id.</param>
/// <param name="LinkedAt">When the reflection happened (its UTC instant).</param>
/// <param name="Excerpt">A short excerpt of what happened, shown only to the goal's coach (who wrote it).</param>
public sealed record LinkedReflection(string ReflectionId, DateTimeOffset LinkedAt, string Excerpt);

/// <summary>
/// One of a coach's yearly goals. It belongs to one school year (<see cref="Year"/>), serves one of the ten roles or one
/// of the article's six added tasks (<see cref="Serves"/>, an id of <see cref="GoalServes"/>), and is measured either by
/// a target count (<see cref="Target"/>, <see cref="Progress"/>, e.g. 6 "parent workshops") or by up to ten
/// <see cref="Milestones"/>. <see cref="Version"/> grows with every change, so a button from an older card is
/// recognised as out of date.
/// </summary>
public sealed record Goal
{
    public required long Id { get; init; }

    /// <summary>The coach's user key (<c>TurnUser.Key</c>): only they can see or change it.</summary>
    public required string Coach { get; init; }

    public required SchoolYear Year { get; init; }

    public required string Title { get; init; }

    public required string Serves { get; init; }

    /// <summary>The count to reach (count goals); null for milestone goals.</summary>
    public int? Target { get; init; }

    /// <summary>What is counted ("parent workshops"); optional.</summary>
    public string? Unit { get; init; }

    /// <summary>The count reached so far (count goals).</summary>
    public int Progress { get; init; }

    /// <summary>The milestones (milestone goals); empty for count goals.</summary>
    public IReadOnlyList<Milestone> Milestones { get; init; } = [];

    /// <summary>An optional due date inside <see cref="Year"/>.</summary>
    public DateOnly? Due { get; init; }

    public GoalStatus Status { get; init; } = GoalStatus.Active;

    /// <summary>The coach's local date pace is measured from: the later of the year's start and the day the goal was set.</summary>
    public required DateOnly StartDate { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? DoneAt { get; init; }

    /// <summary>The goal of an earlier year this one continues (carry-over).</summary>
    public long? CarriedFrom { get; init; }

    /// <summary>When progress was last logged.</summary>
    public DateTimeOffset? LastProgressAt { get; init; }

    public LinkedReflection? LastReflection { get; init; }

    public int Version { get; init; } = 1;

    public bool HasMilestones => Milestones.Count > 0;

    /// <summary>What has been reached: the count, or the milestones done.</summary>
    public int Reached => HasMilestones ? Milestones.Count(m => m.IsDone) : Progress;

    /// <summary>What is to be reached: the target, or the number of milestones (0 when neither is set).</summary>
    public int Goalpost => HasMilestones ? Milestones.Count : Target ?? 0;
}

/// <summary>A goal about to be saved for the first time (the store gives it its id and version).</summary>
public sealed record NewGoal(
    string Coach,
    SchoolYear Year,
    string Title,
    string Serves,
    int? Target,
    string? Unit,
    int Progress,
    IReadOnlyList<Milestone> Milestones,
    DateOnly? Due,
    DateOnly StartDate,
    long? CarriedFrom = null);

/// <summary>One change of progress, kept as history (the weekly nudge shows goals advanced this week).</summary>
/// <param name="Amount">Added to the count (negative to correct a mistake); 0 for a milestone.</param>
/// <param name="Milestone">The milestone's position (0-based) when one was marked done.</param>
public sealed record ProgressEntry(int Amount, int? Milestone);
