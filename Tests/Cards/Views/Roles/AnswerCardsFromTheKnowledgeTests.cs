using CoachBot.Cards;
using CoachBot.Cards.Checks;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.RolesQa;
using CoachBot.Tests.Cards.Harness;
using CoachBot.Tests.RolesQa;

namespace CoachBot.Tests.Cards.Views.Roles;

/// <summary>
/// The cards of every shipped topic, as CoachBot sends them: each passes the card harness (lists that render in Teams
/// included), stays under 28 KB with the longest question a button can carry, and cites the article.
/// </summary>
public sealed class AnswerCardsFromTheKnowledgeTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private const string InstanceId = "0193a5c0000070008000000000000001";

    // A signature is 128 bits in base64url: 22 characters.
    private static readonly RatingStamp Stamp = new(1_796_000_000, "AAAAAAAAAAAAAAAAAAAAAA");

    private static readonly string LongestQuestion = string.Concat(Enumerable.Repeat("What does a coach do when \"**data**\" is <at>x</at>? ", 60));

    public static TheoryData<string> Topics => [.. CoachBot.Cards.Views.Roles.TopicIds.Required];

    [Theory]
    [MemberData(nameof(Topics))]
    public void Every_answer_card_passes_the_harness_ends_with_its_quote_and_stays_under_28KB(string topicId)
    {
        var answers = new RoleAnswers(fixture.Answerer);
        var topic = fixture.Knowledge.GetTopic(topicId);

        foreach (var feedback in new[] { AnswerFeedback.Ask, AnswerFeedback.Thanks })
        {
            var card = answers.AnswerCard(topic, InstanceId, LongestQuestion, feedback, Stamp);

            CardHarness.AssertValid(card);
            Assert.True(card.Utf8Json.Length <= CardLimits.MaxCardBytes, $"{topicId}: {card.Utf8Json.Length} bytes");
            var text = CardInspection.AllText(card);
            Assert.Contains(CoachBot.Dialogs.RolesQa.ArticleText.Normalize(topic.Quote).TrimEnd('.', ':'), CoachBot.Dialogs.RolesQa.ArticleText.Normalize(text), StringComparison.Ordinal);
            Assert.Contains(ArticleQuote.Attribution, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Topics))]
    public void Every_more_card_passes_the_harness_and_shows_none_of_the_answer_cards_paragraphs(string topicId)
    {
        var answers = new RoleAnswers(fixture.Answerer);
        var topic = fixture.Knowledge.GetTopic(topicId);
        var more = answers.More(topic) with { Question = LongestQuestion };

        var card = more.HasMore ? RoleMoreCard.Create(more, InstanceId) : RoleMoreCard.NothingMore(more, InstanceId);
        var nothing = RoleMoreCard.NothingMore(more, InstanceId);

        CardHarness.AssertValid(card);
        CardHarness.AssertValid(nothing);
        Assert.True(card.Utf8Json.Length <= CardLimits.MaxCardBytes, $"{topicId}: {card.Utf8Json.Length} bytes");
        var text = CardInspection.AllText(card);
        var shownOnTheAnswerCard = new[] { topic.Answer, topic.Origin2013, topic.AuthorView }.OfType<string>()
            .SelectMany(section => CoachBot.Cards.Text.MarkdownSubset.Parse(section))
            .Where(block => !block.IsList)
            .SelectMany(block => block.Lines);
        foreach (var line in shownOnTheAnswerCard)
        {
            Assert.DoesNotContain(line, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_roles_card_lists_each_role_in_a_body_row_of_its_own_and_passes_the_list_rule()
    {
        var card = new RoleAnswers(fixture.Answerer).AnswerCard(fixture.Knowledge.GetTopic(CoachBot.Cards.Views.Roles.TopicIds.Roles2014), InstanceId, feedback: AnswerFeedback.Ask, rating: Stamp);

        CardHarness.AssertValid(card);
        Assert.DoesNotContain(CardRules.Check(card), p => p.Rule == MarkdownListRule.Rule);
        var rows = CoachBot.Cards.Model.CardTree.Elements(card.Card).OfType<ActionSet>().Where(set => set.Actions!.Count == 1).ToList();
        Assert.Equal(CoachBot.Cards.Views.Roles.TopicIds.AllRoles, rows.Select(row => CardInspection.Payload<RoleTopicPayload>(card, (CoachBot.Cards.Model.Actions.ExecuteAction)row.Actions![0]).TopicId));
        Assert.Equal("1. Data Coach", rows[0].Actions![0].Title);
        Assert.Equal("10. Learner", rows[^1].Actions![0].Title);
        Assert.Single(card.Card.Actions!);
        GoldenFile.AssertMatches("roles.card", card);
    }

    [Fact]
    public void The_2013_list_is_a_button_row_per_competency_and_a_list_of_tasks_stays_a_list()
    {
        var answers = new RoleAnswers(fixture.Answerer);

        var competencies = answers.AnswerCard(fixture.Knowledge.GetTopic(CoachBot.Cards.Views.Roles.TopicIds.Competencies2013), InstanceId);
        var additions = answers.AnswerCard(fixture.Knowledge.GetTopic(CoachBot.Cards.Views.Roles.TopicIds.AuthorAdditions), InstanceId);

        Assert.Equal(
            CoachBot.Cards.Views.Roles.TopicIds.Competencies,
            CardInspection.Buttons(competencies).Where(b => b.Title!.Contains(". ", StringComparison.Ordinal)).Select(b => CardInspection.Payload<RoleTopicPayload>(competencies, b).TopicId));
        Assert.Contains(
            "1. Lead the implementation of effective classroom technology and take part in school and district technology planning.\n2. Run workshops",
            CardInspection.AllText(additions),
            StringComparison.Ordinal);
    }
}
