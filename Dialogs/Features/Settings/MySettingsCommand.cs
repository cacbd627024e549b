using System.Globalization;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.State;

namespace CoachBot.Dialogs.Features.Settings;

/// <summary><c>settings</c>: your roles, time zone and language as CoachBot knows them — a private output.</summary>
public sealed class MySettingsCommand(RosterPolicy roster, UserSettingsStore settings) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input;
        var roles = await roster.GetRolesAsync(input.User.AadObjectId, cancellationToken);
        var held = CoachingRoles.Grantable.Where(roles.Has).Select(r => r.DisplayName()).Prepend(CoachingRoles.TeacherName);
        var chosen = (await settings.GetAsync(input.User.Key, cancellationToken)).TimeZoneId;
        var local = TimeZoneInfo.ConvertTime(input.Now, input.TimeZone);
        var text = string.Create(CultureInfo.InvariantCulture, $"""
            **Your CoachBot settings**
            - Roles: {string.Join(", ", held)}
            - Time zone: {input.TimeZone.Id} ({(chosen is null ? "from Teams or the school's default" : "you chose it")}; it is {local.ToString("t", input.Culture)} there)
            - Language and formats: {input.Culture.Name}

            Change your time zone with **timezone**.
            """);
        context.Reply(text);
    }
}
