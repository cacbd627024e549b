using CoachBot.Cards.Views.Goals;

namespace CoachBot.Cards.Views.Nudges;

/// <summary>One goal on the nudge: as the goals cards show it, and whether progress was logged on it this week.</summary>
public sealed record NudgeGoalView(GoalItemView Goal, bool AdvancedThisWeek);

/// <summary>
/// The weekly nudge: which week of the school year it is, the coach's active goals, when the next nudge comes, and what
/// the last press did.
/// </summary>
/// <param name="Coach">The coach's user key (carried by every button).</param>
/// <param name="Week">The school week's first day, <c>yyyy-MM-dd</c> (carried by every button).</param>
/// <param name="Heading">"Week 18 of the school year".</param>
/// <param name="Subtitle">"Your goals for 2026–27 · 2 active goals".</param>
/// <param name="Goals">The active goals.</param>
/// <param name="Schedule">When nudges come, in words ("Nudges come on Mondays at 08:00, Europe/Oslo time.").</param>
/// <param name="Notice">What the last press did, or why the card was replaced.</param>
/// <param name="Intro">A line under the heading (for instance the first nudge of a school year).</param>
public sealed record NudgeCardModel(
    string Coach,
    string Week,
    string Heading,
    string Subtitle,
    IReadOnlyList<NudgeGoalView> Goals,
    string Schedule,
    GoalNotice? Notice = null,
    string? Intro = null)
{
    /// <summary>The active goals' ids joined by commas: a press after a goal was archived or added is out of date.</summary>
    public string GoalIds => string.Join(',', Goals.Select(goal => goal.Goal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

/// <summary>A goal in the nudge's Log progress form.</summary>
public sealed record NudgeGoalChoice(long Id, string Title, bool HasMilestones);
