using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model.Inputs;

/// <summary>One choice of a <see cref="ChoiceSetInput"/>.</summary>
public sealed class Choice : IHasExtensionData
{
    public string? Title { get; init; }

    public string? Value { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
