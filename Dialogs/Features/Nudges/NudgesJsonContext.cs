using System.Text.Json.Serialization;

namespace CoachBot.Dialogs.Features.Nudges;

/// <summary>A nudge job: whose, for which school week (<c>yyyy-MM-dd</c>), which kind; <see cref="Now"/> for the Development trigger.</summary>
public sealed record NudgeJobPayload(string Coach, string Week, NudgeKind Kind, bool Now = false);

/// <summary>Source-generated serializer for the nudge job's payload.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(NudgeJobPayload))]
public sealed partial class NudgesJsonContext : JsonSerializerContext;
