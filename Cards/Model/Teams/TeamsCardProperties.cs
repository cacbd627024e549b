using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model.Teams;

/// <summary>
/// The card-level <c>msteams</c> object (protocol.md §7): <c>width: "Full"</c> for a full-width card and
/// <c>entities</c> for mentions whose <c>&lt;at&gt;Name&lt;/at&gt;</c> text appears in the card's text.
/// These are the only card-level Teams properties CoachBot uses; the card harness checks that.
/// </summary>
public sealed class TeamsCardProperties : IHasExtensionData
{
    public CardWidth? Width { get; init; }

    public IList<MentionEntity>? Entities { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
