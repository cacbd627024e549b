using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// <c>reflection.delete</c>: Delete on a list (<see cref="Confirmed"/> false: ask first), and the confirmation's Delete
/// (true). The list's filter and page start come along so the list can be shown again afterwards.
/// </summary>
public sealed record ReflectionDeletePayload(long Id, bool Confirmed, string Filter, long? BeforeAt = null, long? BeforeId = null)
    : ICardActionPayload<ReflectionDeletePayload>
{
    public const string VerbName = "reflection.delete";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<ReflectionDeletePayload> JsonTypeInfo => ReflectionsActionJsonContext.Default.ReflectionDeletePayload;
}
