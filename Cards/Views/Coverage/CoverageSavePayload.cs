using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Coverage;

/// <summary>
/// <c>coverage.save</c>: the coverage form's button. <see cref="Roles"/> and <see cref="Schools"/> are the chosen values
/// as Teams sends a multi-select, comma-separated; an empty choice is left out by Teams, hence optional.
/// </summary>
public sealed record CoverageSavePayload(string? Roles = null, string? Schools = null) : ICardActionPayload<CoverageSavePayload>
{
    public const string VerbName = "coverage.save";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<CoverageSavePayload> JsonTypeInfo => CoverageActionJsonContext.Default.CoverageSavePayload;
}
