using System.Text.Json;

namespace CoachBot.Cards.Model.Teams;

/// <summary>
/// The <c>msteams</c> object inside an Action.Submit's data (protocol.md §4.3): <c>imBack</c> posts
/// <see cref="Value"/> as a visible user message; <c>messageBack</c> sends <see cref="Text"/> and
/// <see cref="Value"/> and echoes <see cref="DisplayText"/> in the chat.
/// </summary>
public sealed record TeamsSubmitBehavior
{
    public const string ImBackType = "imBack";
    public const string MessageBackType = "messageBack";

    public required string Type { get; init; }

    public string? Text { get; init; }

    public string? DisplayText { get; init; }

    public JsonElement? Value { get; init; }
}
