using System.Text.Json.Serialization;

namespace CoachBot.Cards.Views.Roles;

/// <summary>Serializer metadata of the roles Q&amp;A's button payloads (the options every payload context uses).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(RoleTopicPayload))]
[JsonSerializable(typeof(RolesNonePayload))]
[JsonSerializable(typeof(SupportAskPayload))]
[JsonSerializable(typeof(RoleVotePayload))]
public sealed partial class RolesActionJsonContext : JsonSerializerContext;
