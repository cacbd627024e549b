using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.State;

namespace CoachBot.Dialogs.Features.Settings;

/// <summary>
/// <c>timezone</c>: shows the time zone CoachBot uses for you and asks for a new one;
/// <c>timezone Europe/Oslo</c> (or a city) sets it at once; <c>timezone reset</c> goes back to what Teams reports.
/// </summary>
public sealed class TimeZoneCommand(UserSettingsStore settings) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.Input.User.Key;
        if (arguments.Length == 0)
        {
            var current = await settings.GetAsync(user, cancellationToken);
            var source = current.TimeZoneId is null ? "from Teams or the school's default" : "which you chose";
            context.Reply($"I'm using **{context.Input.TimeZone.Id}** for you ({source}).");
            await context.BeginDialogAsync(TimeZoneDialog.DialogId, null, cancellationToken);
            return;
        }

        if (arguments.Equals("reset", StringComparison.OrdinalIgnoreCase) || arguments.Equals("clear", StringComparison.OrdinalIgnoreCase))
        {
            await settings.UpdateAsync(user, s => s with { TimeZoneId = null }, cancellationToken);
            context.Reply("Done — I'll use the time zone Teams reports for you again (or the school's default).");
            return;
        }

        if (TimeZoneNames.Find(arguments) is not { } zone)
        {
            context.Reply($"I don't know the time zone \"{arguments}\". Type a city such as **Oslo**, or an IANA name such as **Europe/Oslo**.");
            return;
        }

        await settings.UpdateAsync(user, s => s with { TimeZoneId = zone.Id }, cancellationToken);
        context.Reply(TimeZoneDialog.Confirmation(zone.Id, context.Input.Now, context.Input.Culture));
    }
}
