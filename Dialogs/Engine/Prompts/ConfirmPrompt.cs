using System.Diagnostics.CodeAnalysis;
using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Dialogs.Engine.Prompts;

/// <summary>Asks a yes/no question ("yes", "yep", "sure", "no thanks", 👍 …).</summary>
public sealed class ConfirmPrompt() : Prompt<bool>(DialogId, State.StateJsonContext.Default.Boolean)
{
    public const string DialogId = "prompt.confirm";

    protected override string DefaultRetryText => "Please answer **yes** or **no**.";

    protected override bool TryRecognize(TurnInput input, PromptOptions options, [MaybeNullWhen(false)] out bool value)
    {
        var answer = ConfirmRecognizer.Recognize(input.Text);
        value = answer ?? false;
        return answer is not null;
    }
}
