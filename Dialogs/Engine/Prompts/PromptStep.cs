using System.Text.Json;

namespace CoachBot.Dialogs.Engine.Prompts;

/// <summary>A waterfall step that asks a prompt and writes the typed answer into the dialog's state.</summary>
public sealed class PromptStep<TState, TValue>(
    Prompt<TValue> prompt,
    Func<DialogContext, TState, PromptOptions> options,
    Action<TState, TValue> onAnswer) : WaterfallStep<TState>
    where TState : class, new()
{
    internal override async Task<StepOutcome> EnterAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToElement(options(context, state), State.StateJsonContext.Default.PromptOptions);
        var status = await context.BeginDialogAsync(prompt.Id, json, cancellationToken);
        return status.Kind == DialogStatusKind.Waiting ? StepOutcome.Wait : Apply(state, status.Result);
    }

    internal override Task<StepOutcome> ResumeAsync(DialogContext context, DialogFrame frame, TState state, JsonElement? childResult, CancellationToken cancellationToken) =>
        Task.FromResult(Apply(state, childResult));

    /// <summary>A prompt that gave up ends the dialog (it already told the user).</summary>
    private StepOutcome Apply(TState state, JsonElement? result)
    {
        if (result is not { ValueKind: not JsonValueKind.Null } json)
        {
            return StepOutcome.End();
        }

        var value = json.Deserialize(prompt.ValueType);
        if (value is null)
        {
            return StepOutcome.End();
        }

        onAnswer(state, value);
        return StepOutcome.Next;
    }
}
