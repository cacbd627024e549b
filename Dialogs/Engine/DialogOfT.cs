using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CoachBot.Dialogs.Engine;

/// <summary>
/// A dialog with typed per-dialog state. The engine loads <typeparamref name="TState"/> from the stack frame
/// before each call and saves it afterwards, so steps never cast an <c>object</c>.
/// </summary>
public abstract class Dialog<TState> : Dialog
    where TState : class, new()
{
    protected Dialog(string id, JsonTypeInfo<TState> stateType)
        : base(id)
    {
        StateType = stateType ?? throw new ArgumentNullException(nameof(stateType));
    }

    protected JsonTypeInfo<TState> StateType { get; }

    /// <summary>Starts the dialog. <paramref name="options"/> is what the starter passed (may be null).</summary>
    protected abstract Task<DialogStatus> BeginAsync(DialogContext context, DialogFrame frame, TState state, JsonElement? options, CancellationToken cancellationToken);

    /// <summary>The user answered while this dialog was on top.</summary>
    protected abstract Task<DialogStatus> ContinueAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken);

    /// <summary>A child dialog this one started has finished.</summary>
    protected virtual Task<DialogStatus> ResumeAsync(DialogContext context, DialogFrame frame, TState state, JsonElement? childResult, CancellationToken cancellationToken) =>
        Task.FromResult(DialogStatus.Complete(childResult));

    /// <summary>Ask again (after help interrupted).</summary>
    protected virtual Task RepromptAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken) => Task.CompletedTask;

    internal sealed override Task<DialogStatus> BeginFrameAsync(DialogContext context, DialogFrame frame, JsonElement? options, CancellationToken cancellationToken) =>
        RunAsync(frame, state => BeginAsync(context, frame, state, options, cancellationToken));

    internal sealed override Task<DialogStatus> ContinueFrameAsync(DialogContext context, DialogFrame frame, CancellationToken cancellationToken) =>
        RunAsync(frame, state => ContinueAsync(context, frame, state, cancellationToken));

    internal sealed override Task<DialogStatus> ResumeFrameAsync(DialogContext context, DialogFrame frame, JsonElement? childResult, CancellationToken cancellationToken) =>
        RunAsync(frame, state => ResumeAsync(context, frame, state, childResult, cancellationToken));

    internal sealed override async Task RepromptFrameAsync(DialogContext context, DialogFrame frame, CancellationToken cancellationToken)
    {
        var state = Load(frame);
        await RepromptAsync(context, frame, state, cancellationToken);
        frame.State = JsonSerializer.SerializeToElement(state, StateType);
    }

    private async Task<DialogStatus> RunAsync(DialogFrame frame, Func<TState, Task<DialogStatus>> action)
    {
        var state = Load(frame);
        var status = await action(state);
        frame.State = JsonSerializer.SerializeToElement(state, StateType);
        return status;
    }

    private TState Load(DialogFrame frame) =>
        frame.State is { ValueKind: JsonValueKind.Object } json
            ? json.Deserialize(StateType) ?? new TState()
            : new TState();
}
