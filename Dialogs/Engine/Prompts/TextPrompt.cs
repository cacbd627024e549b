using System.Diagnostics.CodeAnalysis;

namespace CoachBot.Dialogs.Engine.Prompts;

/// <summary>Asks for free text; an empty answer (or one over the length limit) is asked again.</summary>
public sealed class TextPrompt() : Prompt<string>(DialogId, State.StateJsonContext.Default.String)
{
    public const string DialogId = "prompt.text";
    public const int MaxLength = 2000;

    protected override string DefaultRetryText => $"Please type a short answer (up to {MaxLength} characters).";

    protected override bool TryRecognize(TurnInput input, PromptOptions options, [MaybeNullWhen(false)] out string value)
    {
        value = input.Text?.Trim() ?? "";
        return value.Length is > 0 and <= MaxLength;
    }
}
