using System.Text.Json;

namespace CoachBot.Dialogs.Engine;

/// <summary>
/// A dialog the engine can put on the stack. Derive from <see cref="Dialog{TState}"/>, which gives each
/// dialog its own typed state; the engine persists it between turns.
/// </summary>
public abstract class Dialog
{
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>Unique id in the router's table.</summary>
    public string Id { get; }

    /// <summary>What the user calls it, e.g. "your time zone change" in "I've stopped your time zone change".</summary>
    public virtual string Title => Id;

    internal abstract Task<DialogStatus> BeginFrameAsync(DialogContext context, DialogFrame frame, JsonElement? options, CancellationToken cancellationToken);

    internal abstract Task<DialogStatus> ContinueFrameAsync(DialogContext context, DialogFrame frame, CancellationToken cancellationToken);

    internal abstract Task<DialogStatus> ResumeFrameAsync(DialogContext context, DialogFrame frame, JsonElement? childResult, CancellationToken cancellationToken);

    internal abstract Task RepromptFrameAsync(DialogContext context, DialogFrame frame, CancellationToken cancellationToken);
}
