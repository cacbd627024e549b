using System.Text.Json.Serialization.Metadata;

namespace CoachBot.Cards.Actions;

/// <summary><c>roles.topic</c>: show the answer for a roles Q&amp;A topic (a topic id from knowledge/topics.md).</summary>
public sealed record RoleTopicPayload(string TopicId) : ICardActionPayload<RoleTopicPayload>
{
    public static string Verb => ActionVerbs.RolesTopic;

    public static int Version => 1;

    public static JsonTypeInfo<RoleTopicPayload> JsonTypeInfo => CardActionJsonContext.Default.RoleTopicPayload;
}
