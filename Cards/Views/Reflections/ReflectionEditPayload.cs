using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// <c>reflection.edit</c>: opens the form for reflection <see cref="Id"/>. <see cref="InPlace"/>: the form replaces the
/// pressed card (a confirmation card); otherwise it comes as a new message (a list keeps its place).
/// </summary>
public sealed record ReflectionEditPayload(long Id, bool InPlace) : ICardActionPayload<ReflectionEditPayload>
{
    public const string VerbName = "reflection.edit";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<ReflectionEditPayload> JsonTypeInfo => ReflectionsActionJsonContext.Default.ReflectionEditPayload;
}
