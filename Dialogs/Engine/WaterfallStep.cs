using System.Text.Json;

namespace CoachBot.Dialogs.Engine;

/// <summary>What a waterfall step decided.</summary>
public readonly record struct StepOutcome(StepOutcomeKind Kind, JsonElement? Result)
{
    /// <summary>Go on to the next step now.</summary>
    public static StepOutcome Next => new(StepOutcomeKind.Next, null);

    /// <summary>Wait for the user (a prompt or card is out).</summary>
    public static StepOutcome Wait => new(StepOutcomeKind.Wait, null);

    /// <summary>Finish the dialog.</summary>
    public static StepOutcome End(JsonElement? result = null) => new(StepOutcomeKind.End, result);

    /// <summary>Finish the dialog and everything under it.</summary>
    public static StepOutcome Cancel => new(StepOutcomeKind.Cancel, null);
}

public enum StepOutcomeKind
{
    Next,
    Wait,
    End,
    Cancel,
}

/// <summary>One step of a <see cref="WaterfallDialog{TState}"/>, declared once in the dialog's constructor.</summary>
public abstract class WaterfallStep<TState>
    where TState : class, new()
{
    /// <summary>The step starts (the previous one finished).</summary>
    internal abstract Task<StepOutcome> EnterAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken);

    /// <summary>A child dialog this step started has ended (prompt steps).</summary>
    internal virtual Task<StepOutcome> ResumeAsync(DialogContext context, DialogFrame frame, TState state, JsonElement? childResult, CancellationToken cancellationToken) =>
        Task.FromResult(StepOutcome.Next);

    /// <summary>The user answered while this step waited without a child (card steps).</summary>
    internal virtual Task<StepOutcome> ContinueAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken) =>
        Task.FromResult(StepOutcome.Wait);

    /// <summary>Ask again after an interruption.</summary>
    internal virtual Task RepromptAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>A step that does work and decides how to go on.</summary>
public sealed class ActionStep<TState>(Func<DialogContext, TState, CancellationToken, Task<StepOutcome>> action) : WaterfallStep<TState>
    where TState : class, new()
{
    internal override Task<StepOutcome> EnterAsync(DialogContext context, DialogFrame frame, TState state, CancellationToken cancellationToken) =>
        action(context, state, cancellationToken);
}
