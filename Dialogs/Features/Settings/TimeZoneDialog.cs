using System.Globalization;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Engine.Prompts;
using CoachBot.Dialogs.State;

namespace CoachBot.Dialogs.Features.Settings;

public sealed class TimeZoneDialogState
{
    public string? ZoneId { get; set; }
}

/// <summary>Asks the user for their time zone and saves it as their explicit setting (it beats what Teams reports).</summary>
public sealed class TimeZoneDialog : WaterfallDialog<TimeZoneDialogState>
{
    public const string DialogId = "settings.timezone";

    public TimeZoneDialog(TimeZonePrompt prompt, UserSettingsStore settings)
        : base(DialogId, SettingsJsonContext.Default.TimeZoneDialogState)
    {
        Ask(prompt, (_, _) => new PromptOptions
        {
            Text = "Which time zone are you in? Type a city such as **Oslo**, or an IANA name such as **Europe/Oslo**.",
        }, (state, zone) => state.ZoneId = zone);
        Do(async (context, state, cancellationToken) =>
        {
            await settings.UpdateAsync(context.Input.User.Key, s => s with { TimeZoneId = state.ZoneId }, cancellationToken);
            context.Reply(Confirmation(state.ZoneId!, context.Input.Now, context.Input.Culture));
            return StepOutcome.End();
        });
    }

    public override string Title => "changing your time zone";

    internal static string Confirmation(string zoneId, DateTimeOffset now, CultureInfo culture)
    {
        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(zoneId));
        return $"Done — your time zone is now **{zoneId}** (it is {local.ToString("t", culture)} there). Reminders and weekly nudges follow it.";
    }
}
