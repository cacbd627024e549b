using System.Text.Json;

namespace CoachBot.Cards.Model.Actions;

/// <summary>
/// Action.Execute (Universal Actions, 1.4): Teams sends an <c>adaptiveCard/action</c> invoke carrying
/// <see cref="Verb"/> and <see cref="Data"/> merged with the card's input values (protocol.md §4.2).
/// CoachBot builds these from typed payloads: <c>CardActions.Execute(title, payload, cardId)</c>.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    public string? Verb { get; init; }

    /// <summary>A JSON object (or string) sent back with the invoke.</summary>
    public JsonElement? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
