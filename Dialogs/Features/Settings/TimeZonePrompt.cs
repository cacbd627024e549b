using System.Diagnostics.CodeAnalysis;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Engine.Prompts;

namespace CoachBot.Dialogs.Features.Settings;

/// <summary>Asks for a time zone and answers with its IANA id.</summary>
public sealed class TimeZonePrompt() : Prompt<string>(DialogId, State.StateJsonContext.Default.String)
{
    public const string DialogId = "prompt.timezone";

    protected override string DefaultRetryText =>
        "I don't know that time zone. Type a city such as **Oslo** or **New York**, or an IANA name such as **Europe/Oslo**.";

    protected override bool TryRecognize(TurnInput input, PromptOptions options, [MaybeNullWhen(false)] out string value)
    {
        value = TimeZoneNames.Find(input.Text ?? "")?.Id;
        return value is not null;
    }
}
