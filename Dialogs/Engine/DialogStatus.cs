using System.Text.Json;

namespace CoachBot.Dialogs.Engine;

/// <summary>What a dialog did with a turn: keep waiting for the user, or finish (with an optional result).</summary>
public readonly record struct DialogStatus(DialogStatusKind Kind, JsonElement? Result)
{
    public static DialogStatus Waiting => new(DialogStatusKind.Waiting, null);

    public static DialogStatus Complete(JsonElement? result = null) => new(DialogStatusKind.Complete, result);

    public static DialogStatus Cancelled => new(DialogStatusKind.Cancelled, null);
}

public enum DialogStatusKind
{
    Waiting,
    Complete,
    Cancelled,
}
