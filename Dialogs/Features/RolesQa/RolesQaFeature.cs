using CoachBot.Cards.Views;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.RolesQa;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>
/// The roles Q&amp;A: answers any message that is no command, the <c>roles</c> overview, and the answer cards' buttons
/// ("Ask a coach about this", <c>support.ask</c>, belongs to the requests feature).
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
        feature
            .Options<KnowledgeOptions>(KnowledgeOptions.SectionName)
            .Json(RolesActionJsonContext.Default)
            .Help(new HelpLine("Ask about coaching roles", "try \"what does a mentor do?\" or \"what changed between 2013 and 2014?\""))
            .Welcome(new WelcomeLine("answer questions about the roles of a technology integration coach, in your own words"))
            .Command<RolesCommand>(new CommandInfo("roles", "the ten roles of the 2014 list and how they grew from 2013", Aliases: ["coach roles"]))
            .Fallback<RolesQaFallback>()
            .Verb<RolesTopicVerb>()
            .Verb(FixedAnswerVerb.RolesNone)
            .Suggest(SuggestionPlace.Help, "The coach roles", TopicButton("The coach roles", TopicIds.Roles2014))
            .Suggest(SuggestionPlace.Help, "What a mentor does", TopicButton("What a mentor does", TopicIds.Mentor))
            .Suggest(SuggestionPlace.Help, "2013 vs 2014", TopicButton("2013 vs 2014", TopicIds.Compare))
            .Suggest(SuggestionPlace.Welcome, "What are the coach roles?", TopicButton("What are the coach roles?", TopicIds.Roles2014));
    }

    private static Func<string, Cards.Model.Actions.ExecuteAction> TopicButton(string title, string topicId) =>
        cardId => CardLayout.Button(title, new RoleTopicPayload(topicId), cardId);
}
