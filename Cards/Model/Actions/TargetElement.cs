using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model.Actions;

/// <summary>
/// A target of <see cref="ToggleVisibilityAction"/>: an element id to toggle (written as a plain string), or an
/// id with the visibility to set (written as an object).
/// </summary>
[JsonConverter(typeof(TargetElementJsonConverter))]
public sealed record TargetElement(string ElementId, bool? IsVisible = null);
