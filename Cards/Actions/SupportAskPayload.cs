using System.Text.Json.Serialization.Metadata;

namespace CoachBot.Cards.Actions;

/// <summary><c>support.ask</c>: "Ask a coach about this" for a roles topic.</summary>
public sealed record SupportAskPayload(string TopicId) : ICardActionPayload<SupportAskPayload>
{
    public static string Verb => ActionVerbs.SupportAsk;

    public static int Version => 1;

    public static JsonTypeInfo<SupportAskPayload> JsonTypeInfo => CardActionJsonContext.Default.SupportAskPayload;
}
