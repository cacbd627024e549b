using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoachBot.Dialogs.State;

namespace CoachBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks one question and returns a typed answer. An answer that does not fit gets a hint and another try;
/// after <see cref="PromptOptions.MaxAttempts"/> tries the prompt gives up gracefully (result null) and the
/// calling step decides what to say. The answer travels to the parent as JSON of <typeparamref name="TValue"/>.
/// </summary>
public abstract class Prompt<TValue>(string id, JsonTypeInfo<TValue> valueType) : Dialog<PromptState>(id, StateJsonContext.Default.PromptState)
{
    internal const string GiveUpText = "Let's leave that for now — type **help** any time to see what I can do.";

    public JsonTypeInfo<TValue> ValueType { get; } = valueType;

    /// <summary>The hint used when the options give none.</summary>
    protected abstract string DefaultRetryText { get; }

    /// <summary>Recognizes the user's answer.</summary>
    protected abstract bool TryRecognize(TurnInput input, PromptOptions options, [MaybeNullWhen(false)] out TValue value);

    /// <summary>How the question is shown (choice prompts list their choices).</summary>
    protected virtual string Render(PromptOptions options, string text) => text;

    protected sealed override Task<DialogStatus> BeginAsync(DialogContext context, DialogFrame frame, PromptState state, JsonElement? options, CancellationToken cancellationToken)
    {
        state.Options = options?.Deserialize(StateJsonContext.Default.PromptOptions)
            ?? throw new InvalidOperationException($"Prompt '{Id}' was started without options.");
        state.Attempts = 0;
        context.Reply(Render(state.Options, state.Options.Text));
        return Task.FromResult(DialogStatus.Waiting);
    }

    protected sealed override Task<DialogStatus> ContinueAsync(DialogContext context, DialogFrame frame, PromptState state, CancellationToken cancellationToken)
    {
        var options = state.Options ?? throw new InvalidOperationException($"Prompt '{Id}' lost its options.");
        if (TryRecognize(context.Input, options, out var value))
        {
            return Task.FromResult(DialogStatus.Complete(JsonSerializer.SerializeToElement(value, ValueType)));
        }

        state.Attempts++;
        if (state.Attempts >= options.MaxAttempts)
        {
            context.Reply(GiveUpText);
            return Task.FromResult(DialogStatus.Complete(null));
        }

        context.Reply(Render(options, options.RetryText ?? DefaultRetryText));
        return Task.FromResult(DialogStatus.Waiting);
    }

    protected sealed override Task RepromptAsync(DialogContext context, DialogFrame frame, PromptState state, CancellationToken cancellationToken)
    {
        if (state.Options is { } options)
        {
            context.Reply(Render(options, options.Text));
        }

        return Task.CompletedTask;
    }
}
