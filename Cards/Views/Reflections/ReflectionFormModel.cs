namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// What the reflection form shows: the reflection being edited (<see cref="Id"/>) or null for a new one, the values to
/// start from, and the ten roles to choose from (<see cref="SelectedRoleIds"/> preselected); the coach's goals for the
/// goal picker (none: no picker) with <see cref="GoalId"/> preselected.
/// </summary>
public sealed record ReflectionFormModel(
    long? Id,
    string? Text,
    IReadOnlyList<string> SelectedRoleIds,
    string? WentWell,
    string? NextStep,
    int? Minutes,
    bool Diverted,
    IReadOnlyList<ReflectionRoleOption> Roles,
    IReadOnlyList<ReflectionGoalOption>? Goals = null,
    long? GoalId = null);
