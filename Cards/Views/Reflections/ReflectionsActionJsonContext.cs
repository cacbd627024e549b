using System.Text.Json.Serialization;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>Serializer metadata of the reflections' button payloads (the options every payload context uses).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ReflectionSavePayload))]
[JsonSerializable(typeof(ReflectionEditPayload))]
[JsonSerializable(typeof(ReflectionUndoPayload))]
[JsonSerializable(typeof(ReflectionDeletePayload))]
[JsonSerializable(typeof(ReflectionListPayload))]
[JsonSerializable(typeof(ReflectionLinkGoalPayload))]
public sealed partial class ReflectionsActionJsonContext : JsonSerializerContext;
