using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// <c>reflection.deleteall</c>: the answer to "Delete all your reflections?" — Delete (<see cref="Confirmed"/> true) or
/// Keep them. The card names how many there were, and Delete deletes only when that is still how many there are.
/// </summary>
public sealed record ReflectionDeleteAllPayload(bool Confirmed, int Count) : ICardActionPayload<ReflectionDeleteAllPayload>
{
    public const string VerbName = "reflection.deleteall";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<ReflectionDeleteAllPayload> JsonTypeInfo => ReflectionDataActionJsonContext.Default.ReflectionDeleteAllPayload;
}

/// <summary>Serializer metadata of the buttons for a coach's own data (export and delete).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ReflectionDeleteAllPayload))]
public sealed partial class ReflectionDataActionJsonContext : JsonSerializerContext;
