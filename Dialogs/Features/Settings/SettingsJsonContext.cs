using System.Text.Json.Serialization;

namespace CoachBot.Dialogs.Features.Settings;

/// <summary>Source-generated serializer for the settings feature's dialog states.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TimeZoneDialogState))]
public sealed partial class SettingsJsonContext : JsonSerializerContext;
