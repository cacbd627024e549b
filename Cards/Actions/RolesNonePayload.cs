using System.Text.Json.Serialization.Metadata;

namespace CoachBot.Cards.Actions;

/// <summary><c>roles.none</c>: the user said none of the suggested topics fits their question.</summary>
public sealed record RolesNonePayload : ICardActionPayload<RolesNonePayload>
{
    public static string Verb => ActionVerbs.RolesNone;

    public static int Version => 1;

    public static JsonTypeInfo<RolesNonePayload> JsonTypeInfo => CardActionJsonContext.Default.RolesNonePayload;
}
