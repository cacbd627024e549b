using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Tests.RolesQa;

/// <summary>How questions land in the three bands, and that no input can break the answerer.</summary>
public sealed class AnsweringTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("What's the weather like today?")]
    [InlineData("How do I reset my password?")]
    [InlineData("What's for lunch?")]
    [InlineData("hi")]
    [InlineData("Hello!")]
    [InlineData("good morning")]
    [InlineData("thanks")]
    [InlineData("Who won the world cup?")]
    [InlineData("What does the school nurse do?")]
    [InlineData("Can you book me a flight to Paris?")]
    public void Out_of_scope_questions_and_greetings_land_in_none(string question)
    {
        var result = fixture.Answerer.Answer(question);

        Assert.Equal(AnswerBand.None, result.Band);
        Assert.InRange(result.Confidence, 0, ConfidenceThresholds.DidYouMean);
    }

    [Theory]
    [InlineData("What does a coach do?")]
    [InlineData("How do coaches work with teachers?")]
    public void A_vague_coaching_question_offers_choices_instead_of_a_wrong_answer(string question)
    {
        var result = fixture.Answerer.Answer(question);

        Assert.Equal(AnswerBand.DidYouMean, result.Band);
        Assert.Equal(3, result.Candidates.Count);
        Assert.Equal(result.Candidates.Count, result.Candidates.Select(c => c.TopicId).Distinct().Count());
    }

    [Fact]
    public void An_answer_carries_its_topic_confidence_and_up_to_three_candidates_best_first()
    {
        var result = fixture.Answerer.Answer("What does a data coach do?");

        Assert.Equal(AnswerBand.Answer, result.Band);
        Assert.Equal(TopicIds.DataCoach, result.TopicId);
        Assert.Equal("Data Coach", result.Topic!.Title);
        Assert.InRange(result.Confidence, ConfidenceThresholds.Answer, 1.0);
        Assert.InRange(result.Candidates.Count, 1, 3);
        Assert.Equal(TopicIds.DataCoach, result.Candidates[0].TopicId);
        Assert.False(result.IsFollowUp);
    }

    [Theory]
    [InlineData("wat does a data coch do", TopicIds.DataCoach)]
    [InlineData("mentr role?", TopicIds.Mentor)]
    [InlineData("What is PD in the 2013 list and who provides it now?", TopicIds.ProfessionalDevelopment2013)]
    [InlineData("WHAT IS A CATALYST FOR CHANGE", TopicIds.CatalystForChange)]
    [InlineData("what’s the coach’s role as a mentor", TopicIds.Mentor)]
    public void Typos_abbreviations_case_and_curly_apostrophes_are_tolerated(string question, string expected)
    {
        var result = fixture.Answerer.Answer(question);

        Assert.Equal(expected, result.TopicId);
        Assert.Equal(AnswerBand.Answer, result.Band);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("?!?!")]
    [InlineData("🙂🙂🙂")]
    [InlineData("\u0000\u0001 control")]
    [InlineData("données élèves enseignant")]
    public void Odd_input_is_answered_as_none_without_throwing(string? question)
    {
        var result = fixture.Answerer.Answer(question, previousTopicId: question);

        Assert.Equal(AnswerBand.None, result.Band);
    }

    [Fact]
    public void A_very_long_question_is_answered_without_throwing()
    {
        var question = string.Concat(Enumerable.Repeat("what does a data coach do with all the data ", 500));

        var result = fixture.Answerer.Answer(question);

        Assert.Equal(TopicIds.DataCoach, result.TopicId);
    }

    [Fact]
    public void The_answerer_can_be_shared_between_threads()
    {
        var questions = new[] { "What does a mentor do?", "What were the 2013 competencies?", "Tell me a joke", "What is ISTE?" };
        var expected = questions.Select(q => fixture.Answerer.Answer(q)).ToArray();

        var results = Enumerable.Range(0, 400).AsParallel()
            .Select(i => (i, result: fixture.Answerer.Answer(questions[i % questions.Length])))
            .ToArray();

        Assert.All(results, r => Assert.Equal(expected[r.i % questions.Length], r.result with { }, new QaResultComparer()));
    }

    private sealed class QaResultComparer : IEqualityComparer<QaResult>
    {
        public bool Equals(QaResult? x, QaResult? y) =>
            x?.TopicId == y?.TopicId && x?.Band == y?.Band && x?.Confidence == y?.Confidence;

        public int GetHashCode(QaResult obj) => HashCode.Combine(obj.TopicId, obj.Band);
    }
}
