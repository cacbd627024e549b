using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Roles;

/// <summary><c>roles.topic</c>: show the answer for a roles Q&amp;A topic (a topic id from knowledge/topics.md).</summary>
public sealed record RoleTopicPayload(string TopicId) : ICardActionPayload<RoleTopicPayload>
{
    public const string VerbName = "roles.topic";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<RoleTopicPayload> JsonTypeInfo => RolesActionJsonContext.Default.RoleTopicPayload;
}
