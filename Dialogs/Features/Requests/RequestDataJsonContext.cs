using System.Text.Json.Serialization;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>Source-generated serializer for the payloads of a teacher's own-data operations.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErasedJobPayload))]
public sealed partial class RequestDataJsonContext : JsonSerializerContext;

/// <summary>
/// The <see cref="RequestErasedJob"/>'s payload: the request whose teacher deleted their words, whether that withdrew it,
/// and when (copies updated since then are done).
/// </summary>
public sealed record ErasedJobPayload(string RequestId, bool Withdrawn, DateTimeOffset ErasedAt);
