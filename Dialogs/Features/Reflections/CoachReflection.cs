namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>A saved reflection (or diverted time) of one coach: private to <see cref="CoachId"/>.</summary>
public sealed record CoachReflection(
    long Id,
    string CoachId,
    ReflectionContent Content,
    ReflectionTime Time,
    DateTimeOffset? EditedAt)
{
    public bool IsDiverted => Content.Kind == ReflectionKind.Diverted;
}
