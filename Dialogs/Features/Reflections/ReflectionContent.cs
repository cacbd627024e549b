namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// What the coach wrote, checked (<see cref="ReflectionRules"/>): the text, the roles (topic ids of the ten roles; empty
/// for diverted time), whether CoachBot guessed the roles, the optional notes and minutes.
/// </summary>
public sealed record ReflectionContent(
    ReflectionKind Kind,
    string Text,
    IReadOnlyList<string> Roles,
    bool RolesGuessed,
    string? WentWell,
    string? NextStep,
    int? Minutes);
