using System.Text.Json.Serialization;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Engine.Prompts;

namespace CoachBot.Dialogs.State;

/// <summary>Source-generated serializer for the state documents the engine stores.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UserSettings))]
[JsonSerializable(typeof(ConversationUserState))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(PromptState))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(DateTimeAnswer))]
public sealed partial class StateJsonContext : JsonSerializerContext;
