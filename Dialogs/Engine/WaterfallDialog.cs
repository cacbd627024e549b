using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoachBot.Dialogs.Engine.Prompts;

namespace CoachBot.Dialogs.Engine;

/// <summary>
/// A dialog made of steps run in order, with typed state. Steps are declared in the constructor (so the
/// step index stored in the frame means the same step after a restart): <c>Do</c> for work,
/// <c>Ask</c> for a prompt whose typed answer is written into the state, <c>Form</c> for a card form.
/// </summary>
public abstract class WaterfallDialog<TState>(string id, JsonTypeInfo<TState> stateType) : Dialog<TState>(id, stateType)
    where TState : class, new()
{
    private readonly List<WaterfallStep<TState>> _steps = [];

    protected void Do(Func<DialogContext, TState, CancellationToken, Task<StepOutcome>> action) => _steps.Add(new ActionStep<TState>(action));

    protected void Ask<TValue>(Prompt<TValue> prompt, Func<DialogContext, TState, PromptOptions> options, Action<TState, TValue> onAnswer)
        => _steps.Add(new PromptStep<TState, TValue>(prompt, options, onAnswer));

    protected void Add(WaterfallStep<TState> step) => _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));

    protected sealed override Task<DialogStatus> BeginAsync(DialogContext context, DialogFrame frame, TState state, JsonElement? options, CancellationToken cancellationToken)
    {
        frame.Step = 0;
        OnBegin(context, state, options);
        return RunFromAsync(context, frame, state, cancellationToken);
    }

    /// <summary>Reads what the starter passed into the state (optional).</summary>
    protected virtual void OnBegin(DialogContext context, TState state, JsonElement? options)
    {
    }

    protected sealed override async Task<DialogStatus> ContinueAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken)
    {
        if (frame.Step >= _steps.Count)
        {
            return DialogStatus.Complete();
        }

        var outcome = await _steps[frame.Step].ContinueAsync(context, frame, state, cancellationToken);
        return await AfterStepAsync(context, frame, state, outcome, cancellationToken);
    }

    protected sealed override async Task<DialogStatus> ResumeAsync(DialogContext context, DialogFrame frame, TState state, JsonElement? childResult, CancellationToken cancellationToken)
    {
        if (frame.Step >= _steps.Count)
        {
            return DialogStatus.Complete();
        }

        var outcome = await _steps[frame.Step].ResumeAsync(context, frame, state, childResult, cancellationToken);
        return await AfterStepAsync(context, frame, state, outcome, cancellationToken);
    }

    protected sealed override Task RepromptAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken) =>
        frame.Step < _steps.Count ? _steps[frame.Step].RepromptAsync(context, frame, state, cancellationToken) : Task.CompletedTask;

    private async Task<DialogStatus> AfterStepAsync(DialogContext context, DialogFrame frame, TState state, StepOutcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case StepOutcomeKind.Next:
                frame.Step++;
                return await RunFromAsync(context, frame, state, cancellationToken);
            case StepOutcomeKind.Wait:
                return DialogStatus.Waiting;
            case StepOutcomeKind.Cancel:
                return DialogStatus.Cancelled;
            default:
                return DialogStatus.Complete(outcome.Result);
        }
    }

    private async Task<DialogStatus> RunFromAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken)
    {
        while (frame.Step < _steps.Count)
        {
            var outcome = await _steps[frame.Step].EnterAsync(context, frame, state, cancellationToken);
            switch (outcome.Kind)
            {
                case StepOutcomeKind.Next:
                    frame.Step++;
                    continue;
                case StepOutcomeKind.Wait:
                    return DialogStatus.Waiting;
                case StepOutcomeKind.Cancel:
                    return DialogStatus.Cancelled;
                default:
                    return DialogStatus.Complete(outcome.Result);
            }
        }

        return DialogStatus.Complete();
    }
}
