using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features.Settings;

/// <summary>What CoachBot knows about you (<c>settings</c>) and the time zone it uses for you (<c>timezone</c>).</summary>
public sealed class SettingsFeature : IFeature
{
    public string Name => "settings";

    public void Register(FeatureBuilder feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        feature
            .Json(SettingsJsonContext.Default)
            .Welcome(new WelcomeLine("remember your time zone, for reminders"))
            .Command<MySettingsCommand>(new CommandInfo(
                "settings", "your roles, time zone and language as CoachBot knows them", IsPrivate: true, Aliases: ["my settings", "whoami", "who am i"]))
            .Command<TimeZoneCommand>(new CommandInfo(
                "timezone", "see or change the time zone CoachBot uses for you (**timezone Oslo**, **timezone reset**)", Aliases: ["time zone", "my time zone", "set timezone"]))
            .Dialog<TimeZonePrompt>()
            .Dialog<TimeZoneDialog>();
    }
}
