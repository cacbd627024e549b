using System.Text.Json;

namespace CoachBot.Cards.Model;

/// <summary>A model object that keeps the JSON properties it does not type, for a lossless round trip.</summary>
public interface IHasExtensionData
{
    /// <summary>Untyped properties by JSON name, or null when there are none.</summary>
    Dictionary<string, JsonElement>? AdditionalProperties { get; }
}
