using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Coverage;

/// <summary><c>school.save</c>: the "your school" form's button, with the chosen school (left out by Teams when none is chosen).</summary>
public sealed record SchoolSavePayload(string? School = null) : ICardActionPayload<SchoolSavePayload>
{
    public const string VerbName = "school.save";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<SchoolSavePayload> JsonTypeInfo => CoverageActionJsonContext.Default.SchoolSavePayload;
}
