using System.Text.Json.Serialization;

namespace CoachBot.Cards.Actions;

/// <summary>
/// Serializer metadata of the action payload records: camelCase, and strict on read (a missing constructor
/// field or a null where the record says non-null fails, so a wrong payload is refused, not half-read).
/// It holds the payloads every card may use; a feature's payloads have a context of their own beside its views
/// (e.g. <c>RolesActionJsonContext</c>), with these same options.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(RunCommandPayload))]
public sealed partial class CardActionJsonContext : JsonSerializerContext;
