using System.Text.Json;

namespace CoachBot.Dialogs.Engine;

/// <summary>One frame of the persisted dialog stack: which dialog, at which step, with its typed state as JSON.</summary>
public sealed record DialogFrame
{
    public required string DialogId { get; init; }

    /// <summary>The waterfall step the dialog is on (0 for dialogs without steps).</summary>
    public int Step { get; set; }

    /// <summary>The dialog's own state, serialized with the dialog's own type info.</summary>
    public JsonElement? State { get; set; }

    /// <summary>The card instance a card step is waiting for, if any.</summary>
    public string? WaitingCardId { get; set; }
}

/// <summary>
/// Everything kept per (conversation, user) between turns: the dialog stack and the small memories that
/// features need (typed fields, no property bags).
/// </summary>
public sealed record ConversationUserState
{
    public List<DialogFrame> Stack { get; init; } = [];

    /// <summary>The roles Q&amp;A topic last answered here, for follow-ups like "tell me more".</summary>
    public string? LastTopicId { get; set; }

    /// <summary>How many turns this user has had here (diagnostics and tests).</summary>
    public long TurnCount { get; set; }
}
