using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks the user to pick one of a list by number, title, synonym or a small typo; answers with the choice's
/// value. Two equally good matches are asked about again rather than guessed.
/// </summary>
public sealed class ChoicePrompt() : Prompt<string>(DialogId, State.StateJsonContext.Default.String)
{
    public const string DialogId = "prompt.choice";

    protected override string DefaultRetryText => "Please pick one of these — type its number or its name:";

    protected override bool TryRecognize(TurnInput input, PromptOptions options, [MaybeNullWhen(false)] out string value)
    {
        value = null;
        if (options.Choices is not { Count: > 0 } choices)
        {
            return false;
        }

        var candidates = choices.Select(c => new ChoiceOption(c.Value, c.Title, c.Synonyms)).ToList();
        if (ChoiceRecognizer.Recognize(input.Text, candidates) is ChoiceRecognition.Matched matched)
        {
            value = matched.Choice.Value;
            return true;
        }

        return false;
    }

    protected override string Render(PromptOptions options, string text)
    {
        if (options.Choices is not { Count: > 0 } choices)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. {choices[i].Title}");
        }

        return builder.ToString();
    }
}
