using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// <c>reflection.linkgoal</c>: "Link to goal #12" on a confirmation card links reflection <see cref="Id"/> to the coach's
/// goal <see cref="GoalId"/> (the one its words matched) and updates the card in place.
/// </summary>
public sealed record ReflectionLinkGoalPayload(long Id, long GoalId) : ICardActionPayload<ReflectionLinkGoalPayload>
{
    public const string VerbName = "reflection.linkgoal";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<ReflectionLinkGoalPayload> JsonTypeInfo => ReflectionsActionJsonContext.Default.ReflectionLinkGoalPayload;
}
