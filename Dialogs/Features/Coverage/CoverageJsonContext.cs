using System.Text.Json.Serialization;

namespace CoachBot.Dialogs.Features.Coverage;

/// <summary>Source-generated serializer for the coverage feature's dialog states and options.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CoverageDialogOptions))]
[JsonSerializable(typeof(CoverageDialogState))]
[JsonSerializable(typeof(CoverageValues))]
public sealed partial class CoverageJsonContext : JsonSerializerContext;
