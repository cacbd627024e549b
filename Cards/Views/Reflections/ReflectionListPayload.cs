using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// <c>reflection.list</c>: shows a page of <c>my reflections</c>: the filter as typed and the page's start (the
/// reflections older than <see cref="BeforeAt"/>/<see cref="BeforeId"/>; both null for the newest).
/// </summary>
public sealed record ReflectionListPayload(string Filter, long? BeforeAt = null, long? BeforeId = null) : ICardActionPayload<ReflectionListPayload>
{
    public const string VerbName = "reflection.list";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<ReflectionListPayload> JsonTypeInfo => ReflectionsActionJsonContext.Default.ReflectionListPayload;
}
