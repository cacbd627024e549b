using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model.Teams;

/// <summary>Who a <see cref="MentionEntity"/> mentions.</summary>
public sealed class MentionedAccount : IHasExtensionData
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
