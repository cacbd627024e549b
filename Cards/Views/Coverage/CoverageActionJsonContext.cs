using System.Text.Json.Serialization;

namespace CoachBot.Cards.Views.Coverage;

/// <summary>Serializer metadata of the coverage and school forms' button payloads (the options every payload context uses).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(CoverageSavePayload))]
[JsonSerializable(typeof(SchoolSavePayload))]
public sealed partial class CoverageActionJsonContext : JsonSerializerContext;
