using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Cards.Model.Actions;

namespace CoachBot.Cards.Model;

/// <summary>
/// Universal Actions refresh: Teams runs <see cref="Action"/> (an Action.Execute) to fetch an up-to-date card
/// for the users listed in <see cref="UserIds"/> (at most 60; empty = manual refresh only; absent = everyone
/// in conversations of up to 60 members). See protocol.md §4.2.
/// </summary>
public sealed class Refresh : IHasExtensionData
{
    /// <summary>At most this many user ids refresh automatically.</summary>
    public const int MaxUserIds = 60;

    private CardAction? _action;

    /// <summary>The action run to refresh the card.</summary>
    [JsonIgnore]
    public ExecuteAction? Action { get => _action as ExecuteAction; init => _action = value; }

    /// <summary>The action as written on the wire (with its <c>type</c>), whatever it was when read.</summary>
    [JsonInclude]
    [JsonPropertyName("action")]
    internal CardAction? WireAction { get => _action; set => _action = value; }

    public IList<string>? UserIds { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
