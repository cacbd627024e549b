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

    /// <summary>
    /// How much of <see cref="LastTopicId"/> the roles Q&amp;A has shown here: 0 its answer card, 1 also what "tell me more"
    /// adds, 2 also "that's all" (so "more" never shows the same card twice).
    /// </summary>
    public int LastTopicDepth { get; set; }

    /// <summary>The roles Q&amp;A answer cards this user rated here (card ids, newest last, a few dozen at most): one rating each.</summary>
    public List<string>? RatedCards { get; set; }

    /// <summary>How many turns this user has had here (diagnostics and tests).</summary>
    public long TurnCount { get; set; }
}
