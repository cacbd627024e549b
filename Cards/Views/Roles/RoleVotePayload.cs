using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Roles;

/// <summary>
/// <c>roles.vote</c>: "Was this helpful?" 👍 (<see cref="Helpful"/> true) or 👎 on an answer card. <see cref="Question"/> is the
/// question the card answered (as "Ask a coach about this" carries it), so the card can be shown again with "Thanks".
/// </summary>
public sealed record RoleVotePayload(string TopicId, bool Helpful, string? Question = null) : ICardActionPayload<RoleVotePayload>
{
    public const string VerbName = "roles.vote";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<RoleVotePayload> JsonTypeInfo => RolesActionJsonContext.Default.RoleVotePayload;
}
