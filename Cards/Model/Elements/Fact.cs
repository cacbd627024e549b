using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model.Elements;

/// <summary>One title/value pair of a <see cref="FactSet"/>.</summary>
public sealed class Fact : IHasExtensionData
{
    public string? Title { get; init; }

    public string? Value { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
