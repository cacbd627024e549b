using System.Text.Json.Serialization;
using CoachBot.Dialogs.Features.Settings;

namespace CoachBot.Dialogs.Features;

/// <summary>Source-generated serializer for the features' dialog states.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TimeZoneDialogState))]
public sealed partial class FeatureJsonContext : JsonSerializerContext;
