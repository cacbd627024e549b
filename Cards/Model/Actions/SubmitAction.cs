using System.Text.Json;

namespace CoachBot.Cards.Model.Actions;

/// <summary>
/// Action.Submit: in Teams, a <c>message</c> activity whose <c>value</c> is <see cref="Data"/> merged with the
/// input values; <c>data.msteams</c> turns it into messageBack/imBack (protocol.md §4.3). Build those with
/// <c>TeamsSubmit.ImBack</c> / <c>TeamsSubmit.MessageBack</c>.
/// </summary>
public sealed class SubmitAction : CardAction
{
    public JsonElement? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
