using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model.Actions;

/// <summary>
/// An action (the schema's <c>ImplementationsOf.Action</c>). Teams shows up to six primary actions; the rest
/// go to the overflow menu (<see cref="ActionMode.Secondary"/>). Unknown properties (e.g. <c>fallback</c>,
/// <c>requires</c>) are kept in <see cref="AdditionalProperties"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract class CardAction : IHasExtensionData
{
    /// <summary>The button text.</summary>
    [JsonPropertyOrder(-2)]
    public string? Title { get; init; }

    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    public string? IconUrl { get; init; }

    /// <summary>Teams ignores positive/destructive styling (protocol.md §7).</summary>
    public ActionStyle? Style { get; init; }

    public ActionMode? Mode { get; init; }

    /// <summary>Hover text, also read by screen readers (1.5).</summary>
    public string? Tooltip { get; init; }

    public bool? IsEnabled { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
