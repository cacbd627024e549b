using CoachBot.Cards.Views;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.RolesQa;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// The roles Q&amp;A: answers any message that is no command, the <c>roles</c> overview, the answer cards' buttons
/// ("Ask a coach about this", <c>support.ask</c>, belongs to the requests feature), "Was this helpful?" on every answer,
/// and <c>qa report</c> for lead coaches and admins: answers and ratings per topic, and the questions it was not sure
/// about, kept anonymously for <c>Privacy:KeepUnansweredDays</c>.
/// The knowledge base is read once from <c>Knowledge:Path</c>, relative to <paramref name="contentRootPath"/>.
/// </summary>
public sealed class RolesQaFeature(string contentRootPath) : IFeature
{
    public string Name => "roles-qa";

    public void Register(FeatureBuilder feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        feature.Services.AddRolesQa(contentRootPath);
        feature.Services.TryAddSingleton<RoleAnswers>();
        feature.Services.TryAddSingleton<AnswerLearning>();
        feature
            .Options<KnowledgeOptions>(KnowledgeOptions.SectionName)
            .Options<PrivacyOptions>(PrivacyOptions.SectionName)
            .Json(RolesActionJsonContext.Default)
            .Store<IAnswerStatsStore>()
            .Store<IUnansweredQuestionStore>()
            .Help(new HelpLine(
                "Ask about coaching roles",
                "try \"what does a mentor do?\" or \"what changed between 2013 and 2014?\", then \"tell me more\"; say whether an answer helped with Yes or No under it. "
                + "Questions I can't answer are kept anonymously (not who asked; mentions, e-mail addresses and digits removed) for 90 days unless your school chose otherwise, to improve my answers"))
            .Welcome(new WelcomeLine("answer questions about the roles of a technology integration coach, in your own words"))
            .Command<RolesCommand>(new CommandInfo("roles", "the ten roles of the 2014 list and how they grew from 2013", Aliases: ["coach roles"]))
            .Command<QaReportCommand>(new CommandInfo(QaReportCommand.Name, Help: null, IsPrivate: true, Aliases: ["q&a report", "qa stats"]))
            .Help(new HelpLine(QaReportCommand.Name, QaReportHelp, CoachingRoles.LeadCoachName))
            .Help(new HelpLine(QaReportCommand.Name, QaReportHelp, CoachingRoles.AdminName))
            .Fallback<RolesQaFallback>()
            .Verb<RolesTopicVerb>()
            .Verb<RolesVoteVerb>()
            .Verb(FixedAnswerVerb.RolesNone)
            .Job<UnansweredPurgeJob>()
            .Suggest(SuggestionPlace.Help, "The coach roles", TopicButton("The coach roles", TopicIds.Roles2014))
            .Suggest(SuggestionPlace.Help, "What a mentor does", TopicButton("What a mentor does", TopicIds.Mentor))
            .Suggest(SuggestionPlace.Help, "2013 vs 2014", TopicButton("2013 vs 2014", TopicIds.Compare))
            .Suggest(SuggestionPlace.Welcome, "What are the coach roles?", TopicButton("What are the coach roles?", TopicIds.Roles2014));
    }

    private const string QaReportHelp =
        "answers given and how they were rated, per topic, and the questions I wasn't sure about most often (kept anonymously; sent privately)";

    private static Func<string, Cards.Model.Actions.ExecuteAction> TopicButton(string title, string topicId) =>
        cardId => CardLayout.Button(title, new RoleTopicPayload(topicId), cardId);
}
