using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Reflections;

/// <summary><c>reflection.undo</c>: takes back the reflection a confirmation card shows.</summary>
public sealed record ReflectionUndoPayload(long Id) : ICardActionPayload<ReflectionUndoPayload>
{
    public const string VerbName = "reflection.undo";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<ReflectionUndoPayload> JsonTypeInfo => ReflectionsActionJsonContext.Default.ReflectionUndoPayload;
}
