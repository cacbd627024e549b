namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// What the coach wrote, checked (<see cref="ReflectionRules"/>): the text, the roles (topic ids of the ten roles; empty
/// for diverted time), whether CoachBot guessed the roles, the optional notes and minutes. Two contents are equal when
/// they say the same, roles compared in order.
/// </summary>
public sealed record ReflectionContent(
    ReflectionKind Kind,
    string Text,
    IReadOnlyList<string> Roles,
    bool RolesGuessed,
    string? WentWell,
    string? NextStep,
    int? Minutes)
{
    public bool Equals(ReflectionContent? other) =>
        other is not null
        && Kind == other.Kind
        && Text == other.Text
        && Roles.SequenceEqual(other.Roles)
        && RolesGuessed == other.RolesGuessed
        && WentWell == other.WentWell
        && NextStep == other.NextStep
        && Minutes == other.Minutes;

    public override int GetHashCode() => HashCode.Combine(Kind, Text, Roles.Count, RolesGuessed, WentWell, NextStep, Minutes);
}
