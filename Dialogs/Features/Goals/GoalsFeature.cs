using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>
/// Yearly goals: a coach's concrete, focused goals for the school year, with progress and pace; the five-goal advice;
/// "set your goals" offered once in the first school weeks; last year's unfinished goals carried over or archived. Goals
/// are private: their commands asked in a group chat or channel answer in the personal chat.
/// </summary>
public sealed class GoalsFeature : IFeature
{
    public string Name => "goals";

    public void Register(FeatureBuilder feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var services = feature.Services;
        services.TryAddSingleton<GoalBoard>();
        services.TryAddSingleton<GoalActions>();
        services.TryAddSingleton<GoalAnswers>();
        services.TryAddSingleton<IGoalLinks, GoalLinks>();
        const string Coach = CoachingRoles.CoachName;
        feature
            .Json(GoalsJsonContext.Default)
            .Store<IGoalStore>()
            .Options<GoalsOptions>(GoalsOptions.SectionName)
            .Welcome(new WelcomeLine("keep your yearly goals in view, with progress and pace", Coach))
            .Command<GoalsCommand>(new CommandInfo(
                "goals", "your goals for the school year, with progress and pace", Coach, IsPrivate: true,
                Aliases: ["my goals", "yearly goals", "show goals", "list goals"], DeniedText: GoalsTexts.ForTeachers))
            .Command<AddGoalCommand>(new CommandInfo(
                "add goal", "set a goal for the year (a form; at most five are advised)", Coach, IsPrivate: true,
                Aliases: ["add a goal", "new goal", "set goal", "set a goal", "set goals", "set my goals"], DeniedText: GoalsTexts.ForTeachers))
            .Command<LogProgressCommand>(new CommandInfo(
                "log progress", "add to a goal (**log progress #12 +2**) or tick a milestone; alone, a small form", Coach, IsPrivate: true,
                Aliases: ["log goal progress"], Usage: "log progress", DeniedText: GoalsTexts.ForTeachers))
            .Command<EditGoalCommand>(new CommandInfo(
                "edit goal", "change a goal (**edit goal #12**)", Coach, IsPrivate: true, Usage: "edit goal #12", DeniedText: GoalsTexts.ForTeachers))
            .Command(
                new CommandInfo("goal done", "mark a goal done (**goal done #12**); **archive goal #12** puts one away", Coach, IsPrivate: true,
                    Aliases: ["mark done", "mark goal done", "complete goal"], Usage: "goal done #12", DeniedText: GoalsTexts.ForTeachers),
                provider => new GoalStatusCommand(provider.GetRequiredService<GoalActions>(), provider.GetRequiredService<GoalAnswers>(), GoalStatus.Done))
            .Command(
                new CommandInfo("archive goal", null, Coach, IsPrivate: true, Aliases: ["archive a goal"], DeniedText: GoalsTexts.ForTeachers),
                provider => new GoalStatusCommand(provider.GetRequiredService<GoalActions>(), provider.GetRequiredService<GoalAnswers>(), GoalStatus.Archived))
            .Dialog<GoalFormDialog>()
            .Verb<GoalProgressOpenVerb>()
            .Verb<GoalProgressSaveVerb>()
            .Verb<GoalDoneVerb>()
            .Verb<GoalArchiveVerb>()
            .Verb<GoalRestoreVerb>()
            .Verb<GoalEditVerb>()
            .Verb<GoalAddVerb>()
            .Verb<GoalShowVerb>()
            .Verb<GoalOfferLaterVerb>()
            .Verb<GoalCarryVerb>()
            .Verb<GoalCarryAllVerb>()
            .Verb<GoalArchivePastVerb>()
            .FollowUp<GoalOfferFollowUp>();
    }
}
