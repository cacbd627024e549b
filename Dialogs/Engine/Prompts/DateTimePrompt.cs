using System.Diagnostics.CodeAnalysis;
using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Dialogs.Engine.Prompts;

/// <summary>A date the user gave, with the time and the instant when they gave a time (in their own zone).</summary>
public sealed record DateTimeAnswer(DateOnly Date, TimeOnly? Time, DateTimeOffset? Instant);

/// <summary>
/// Asks for a date and optional time ("today", "tomorrow at 3pm", "next Monday", "2026-12-03", "3 December"),
/// resolved in the user's time zone and culture.
/// </summary>
public sealed class DateTimePrompt() : Prompt<DateTimeAnswer>(DialogId, State.StateJsonContext.Default.DateTimeAnswer)
{
    public const string DialogId = "prompt.datetime";

    protected override string DefaultRetryText =>
        "I didn't catch a date. Try **today**, **tomorrow at 3pm**, **next Monday** or a date such as **2026-12-03**.";

    protected override bool TryRecognize(TurnInput input, PromptOptions options, [MaybeNullWhen(false)] out DateTimeAnswer value)
    {
        var recognized = DateTimeRecognizer.Recognize(input.Text, input.Now, input.TimeZone, input.Culture);
        value = recognized is null ? null : new DateTimeAnswer(recognized.Date, recognized.Time, recognized.Instant);
        return value is not null;
    }
}
