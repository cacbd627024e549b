using System.Globalization;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.State;

namespace CoachBot.Dialogs.Features.Settings;

/// <summary><c>settings</c>: your roles, school, time zone and language as CoachBot knows them — a private output.</summary>
public sealed class MySettingsCommand(RosterPolicy roster, UserSettingsStore settings, Schools schools) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Input;
        var roles = await roster.GetRolesAsync(input.User.AadObjectId, cancellationToken);
        var held = CoachingRoles.Grantable.Where(roles.Has).Select(r => r.DisplayName()).Prepend(CoachingRoles.TeacherName);
        var mine = await settings.GetAsync(input.User.Key, cancellationToken);
        var chosen = mine.TimeZoneId;
        var local = TimeZoneInfo.ConvertTime(input.Now, input.TimeZone);
        var text = string.Create(CultureInfo.InvariantCulture, $"""
            **Your CoachBot settings**
            - Roles: {string.Join(", ", held)}{SchoolLine(mine.School)}
            - Time zone: {input.TimeZone.Id} ({(chosen is null ? "from Teams or the school's default" : "you chose it")}; it is {local.ToString("t", input.Culture)} there)
            - Language and formats: {input.Culture.Name}

            Change your time zone with **timezone**{(schools.MustChoose ? ", your school with **my school**" : "")}.
            """);
        context.Reply(text);
    }

    /// <summary>"- School: …" on its own line when there are several schools to choose from (nothing when there is one).</summary>
    private string SchoolLine(string? remembered) => !schools.MustChoose ? ""
        : schools.SchoolOf(remembered) is { } school ? $"\n- School: {school}"
        : "\n- School: not chosen yet (I'll ask on your first request)";
}
