namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// One saved reflection as the cards show it. <see cref="Text"/>, <see cref="WentWell"/> and <see cref="NextStep"/> are
/// the coach's own words (shown as plain text, never Markdown); <see cref="When"/> is already written in their zone
/// and culture.
/// </summary>
public sealed record ReflectionCardItem(
    long Id,
    bool IsDiverted,
    string Text,
    IReadOnlyList<string> RoleTitles,
    bool RolesGuessed,
    string? WentWell,
    string? NextStep,
    int? Minutes,
    string When);
