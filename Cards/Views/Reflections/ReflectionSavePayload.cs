using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// <c>reflection.save</c>: the form's Save button. <see cref="Id"/> is the reflection being edited, or null for a new
/// one; the form's inputs (<see cref="ReflectionFormCard"/>'s input ids) arrive merged into the same data.
/// </summary>
public sealed record ReflectionSavePayload(long? Id = null) : ICardActionPayload<ReflectionSavePayload>
{
    public const string VerbName = "reflection.save";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<ReflectionSavePayload> JsonTypeInfo => ReflectionsActionJsonContext.Default.ReflectionSavePayload;
}
