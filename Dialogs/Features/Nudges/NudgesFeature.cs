using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs.Features.Nudges;

/// <summary>
/// Weekly nudges: each coach with active goals gets a card each school week, proactively, on their day at their time in
/// their own time zone, that keeps the year's goals in view (progress, pace, the last linked reflection) with Log progress,
/// Reflect now, Snooze, Skip this week and Pause nudges. Delivered through the job table, claimed once per coach, week and
/// kind, and marked sent only when Teams accepted it.
/// </summary>
/// <param name="developmentTrigger">Registers <c>nudge now</c> (only in Development).</param>
public sealed class NudgesFeature(bool developmentTrigger = false) : IFeature
{
    public string Name => "nudges";

    public void Register(FeatureBuilder feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var services = feature.Services;
        services.TryAddSingleton<NudgePlanner>();
        services.TryAddSingleton<NudgeScheduling>();
        services.TryAddSingleton<NudgeViews>();
        const string Coach = CoachingRoles.CoachName;
        feature
            .Json(NudgesJsonContext.Default)
            .Store<INudgeStore>()
            .Store<ICoachTimeZones>()
            .Store<INudgeDelivery>()
            .Options<NudgesOptions>(NudgesOptions.SectionName)
            .Welcome(new WelcomeLine("a weekly nudge on your yearly goals, on your day and time", Coach))
            .Command<NudgeTimeCommand>(new CommandInfo(
                "nudge time", "when your weekly nudge comes (**nudge time Friday 14:00**)", Coach, IsPrivate: true,
                Aliases: ["nudge day", "set nudge time"], Usage: "nudge time Friday 14:00", DeniedText: NudgeTexts.ForTeachers))
            .Command<PauseNudgesCommand>(new CommandInfo(
                "pause nudges", "no weekly nudges until **resume nudges**", Coach, IsPrivate: true,
                Aliases: ["stop nudges", "pause nudge"], DeniedText: NudgeTexts.ForTeachers))
            .Command<ResumeNudgesCommand>(new CommandInfo(
                "resume nudges", null, Coach, IsPrivate: true, Aliases: ["start nudges", "resume nudge"], DeniedText: NudgeTexts.ForTeachers))
            .Verb<NudgeProgressVerb>()
            .Verb<NudgeProgressSaveVerb>()
            .Verb<NudgeBackVerb>()
            .Verb<NudgeReflectVerb>()
            .Verb<NudgeSnoozeVerb>()
            .Verb<NudgeSkipVerb>()
            .Verb<NudgePauseVerb>()
            .Job<NudgeJob>()
            .FollowUp<NudgeFollowUp>();
        if (developmentTrigger)
        {
            feature.Command<NudgeNowCommand>(new CommandInfo("nudge now", null, Coach, IsPrivate: true, DeniedText: NudgeTexts.ForTeachers));
        }
    }
}
