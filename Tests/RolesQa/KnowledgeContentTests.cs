using CoachBot.Cards.Views.Roles;
using System.Text.RegularExpressions;
using CoachBot.Dialogs.RolesQa;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.RolesQa;

/// <summary>What the shipped knowledge must hold: every topic, the facts of each, reachable by its own title.</summary>
public sealed partial class KnowledgeContentTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    public static TheoryData<string> RequiredTopics() => [.. TopicIds.Required];

    [Fact]
    public void The_shipped_knowledge_holds_every_required_topic_and_key_terms_cover_them_all()
    {
        Assert.Equal(TopicIds.Required.Count, fixture.Knowledge.Topics.Count);
        Assert.Equal(29, TopicIds.Required.Count);
        Assert.Empty(TopicIds.Required.Except(TopicKeyTerms.ByTopic.Keys));
    }

    [Theory]
    [MemberData(nameof(RequiredTopics))]
    public void Every_topic_is_answered_when_asked_by_its_own_title(string topicId)
    {
        var topic = fixture.Knowledge.GetTopic(topicId);

        var result = fixture.Answerer.Answer(topic.Title);

        Assert.Equal(AnswerBand.Answer, result.Band);
        Assert.Equal(topicId, result.TopicId);
    }

    [Theory]
    [MemberData(nameof(TopicKeyTerms.TopicsWithTerms), MemberType = typeof(TopicKeyTerms))]
    public void Every_answer_covers_the_facts_listed_for_its_topic(string topicId)
    {
        var text = fixture.Knowledge.GetTopic(topicId).FullText;

        var missing = TopicKeyTerms.ByTopic[topicId]
            .Where(term => !term.Split('|').Any(option => text.Contains(option, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.True(missing.Count == 0, $"{topicId} does not mention: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(RequiredTopics))]
    public void Every_topic_offers_two_or_three_related_topics(string topicId)
    {
        var topic = fixture.Knowledge.GetTopic(topicId);

        Assert.InRange(topic.Related.Count, 2, 3);
    }

    [Fact]
    public void Related_topics_resolve_to_topics_with_titles_for_the_answer_card_buttons()
    {
        var mentor = fixture.Knowledge.GetTopic(TopicIds.Mentor);

        var related = fixture.Knowledge.RelatedTopics(mentor);

        Assert.Equal(mentor.Related, related.Select(t => t.Id));
        Assert.Equal("Classroom Supporter", related[0].Title);
    }

    [Fact]
    public void Every_role_tells_its_2013_origin_and_the_roles_the_author_would_hand_over_give_her_view()
    {
        foreach (var id in TopicIds.AllRoles)
        {
            Assert.False(string.IsNullOrWhiteSpace(fixture.Knowledge.GetTopic(id).Origin2013), $"{id} has no '## In 2013' section");
        }

        Assert.Contains("data teams", fixture.Knowledge.GetTopic(TopicIds.DataCoach).AuthorView, StringComparison.Ordinal);
        Assert.Contains("department chairs", fixture.Knowledge.GetTopic(TopicIds.CurriculumSpecialist).AuthorView, StringComparison.Ordinal);
        Assert.Contains("primary job", fixture.Knowledge.GetTopic(TopicIds.InstructionalSpecialist).AuthorView, StringComparison.Ordinal);
        Assert.Equal(TopicIds.Innovate2013, fixture.Knowledge.GetTopic(TopicIds.CatalystForChange).Origin2013TopicId);
    }

    [Fact]
    public void No_alternate_question_copies_a_line_of_the_question_sets()
    {
        var sets = new List<string>
        {
            KnowledgeFixture.DataFile("heldout-questions.tsv"),
            KnowledgeFixture.DataFile("heldout2-questions.tsv"),
            KnowledgeFixture.DataFile("heldout3-questions.tsv"),
            KnowledgeFixture.DataFile("heldout4-questions.tsv"),
        };
        if (SharedFolder.Path is { } shared)
        {
            sets.Add(Path.Combine(shared, "knowledge", "dev-questions.tsv"));
        }

        var lines = sets.Where(File.Exists).SelectMany(LabelledLines.Read).Select(l => Normalise(l.Text)).ToHashSet();
        var copied = fixture.Knowledge.Topics
            .SelectMany(topic => topic.Alternates.Select(alternate => (topic.Id, alternate)))
            .Where(x => lines.Contains(Normalise(x.alternate)))
            .ToList();

        Assert.Empty(copied);
    }

    private static string Normalise(string text) => NonWord().Replace(text.ToLowerInvariant(), "");

    [GeneratedRegex("[^a-z0-9]")]
    private static partial Regex NonWord();
}
