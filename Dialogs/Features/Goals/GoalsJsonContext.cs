using System.Text.Json.Serialization;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>Source-generated serializer for the goals feature's dialog states and their start options.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GoalFormStart))]
[JsonSerializable(typeof(GoalFormState))]
public sealed partial class GoalsJsonContext : JsonSerializerContext;
