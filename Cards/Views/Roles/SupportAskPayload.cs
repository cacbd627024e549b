using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Roles;

/// <summary>
/// <c>support.ask</c>: "Ask a coach about this" for a roles topic; <see cref="Question"/> is the question that was answered
/// (when a question was), which the request form starts with.
/// </summary>
public sealed record SupportAskPayload(string TopicId, string? Question = null) : ICardActionPayload<SupportAskPayload>
{
    public const string VerbName = "support.ask";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<SupportAskPayload> JsonTypeInfo => RolesActionJsonContext.Default.SupportAskPayload;
}
