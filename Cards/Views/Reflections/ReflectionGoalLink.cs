namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// A goal on a reflection's confirmation card: the goal it is linked to, or (<see cref="IsSuggestion"/>) the active goal
/// its words matched, offered with a "Link to goal" button. <see cref="Title"/> is the coach's own (plain text).
/// </summary>
public sealed record ReflectionGoalLink(long GoalId, string Title, bool IsSuggestion = false);

/// <summary>A goal the reflection form's picker offers: its number and "#12 title" (plain text).</summary>
public sealed record ReflectionGoalOption(long Id, string Label);
