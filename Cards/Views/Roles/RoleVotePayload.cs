using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Roles;

/// <summary>
/// <c>roles.vote</c>: "Was this helpful?" 👍 (<see cref="Helpful"/> true) or 👎 on an answer card. <see cref="At"/> (Unix seconds)
/// is when the answer was given and <see cref="Sig"/> CoachBot's signature over the card, topic, time and chat, so a rating
/// counts only for the answer CoachBot gave, in the chat it gave it, for a while. <see cref="Question"/> is the question
/// the card answered (as "Ask a coach about this" carries it), so the card can be shown again with "Thanks".
/// </summary>
public sealed record RoleVotePayload(string TopicId, bool Helpful, long At, string Sig, string? Question = null) : ICardActionPayload<RoleVotePayload>
{
    public const string VerbName = "roles.vote";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<RoleVotePayload> JsonTypeInfo => RolesActionJsonContext.Default.RoleVotePayload;
}

/// <summary>When an answer was given (Unix seconds) and CoachBot's signature for its rating buttons.</summary>
public sealed record RatingStamp(long At, string Signature);
