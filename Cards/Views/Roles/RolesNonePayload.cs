using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views.Roles;

/// <summary><c>roles.none</c>: the user said none of the suggested topics fits their question.</summary>
public sealed record RolesNonePayload : ICardActionPayload<RolesNonePayload>
{
    public const string VerbName = "roles.none";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<RolesNonePayload> JsonTypeInfo => RolesActionJsonContext.Default.RolesNonePayload;
}
