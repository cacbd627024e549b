using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model.Teams;

/// <summary>The image-level <c>msteams</c> object: <c>allowExpand</c> lets the user open the image in stage view.</summary>
public sealed class TeamsImageProperties : IHasExtensionData
{
    public bool? AllowExpand { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
