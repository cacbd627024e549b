using System.Text.Json.Serialization;

namespace CoachBot.Cards.Actions;

/// <summary>
/// Serializer metadata of the action payload records: camelCase, and strict on read (a missing constructor
/// field or a null where the record says non-null fails, so a wrong payload is refused, not half-read).
/// Add every new payload record here.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(RunCommandPayload))]
[JsonSerializable(typeof(RoleTopicPayload))]
[JsonSerializable(typeof(RolesNonePayload))]
[JsonSerializable(typeof(SupportAskPayload))]
public sealed partial class CardActionJsonContext : JsonSerializerContext;
