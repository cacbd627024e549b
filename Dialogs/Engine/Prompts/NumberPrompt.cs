using System.Diagnostics.CodeAnalysis;
using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Dialogs.Engine.Prompts;

/// <summary>Asks for a number ("12", "3,5" in de-DE, "twenty five") in the user's culture.</summary>
public sealed class NumberPrompt() : Prompt<decimal>(DialogId, State.StateJsonContext.Default.Decimal)
{
    public const string DialogId = "prompt.number";

    protected override string DefaultRetryText => "Please answer with a number, for example **3** or **2.5**.";

    protected override bool TryRecognize(TurnInput input, PromptOptions options, [MaybeNullWhen(false)] out decimal value)
    {
        var number = NumberRecognizer.Recognize(input.Text, input.Culture);
        value = number ?? 0;
        return number is not null;
    }
}
