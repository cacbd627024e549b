namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>The reflections' settings (section <c>Reflections</c>).</summary>
public sealed class ReflectionsOptions
{
    public const string SectionName = "Reflections";

    /// <summary>
    /// Development only: Teams user ids or Entra object ids (as Teams sends them) who may keep reflections as if they
    /// were coaches — for the Agents Playground, whose user has no valid Entra id and so can never be added to the
    /// roster. Honoured only in the Development environment; anywhere else a non-empty list stops start-up.
    /// </summary>
    public List<string> DevelopmentCoaches { get; set; } = [];
}
