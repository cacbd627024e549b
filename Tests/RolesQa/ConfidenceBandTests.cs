using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Tests.RolesQa;

/// <summary>
/// Each confidence band at its edges: a clear answer, two close topics, out of scope (near-domain included), and
/// typos that keep their confidence; with the reason a declined question gives.
/// </summary>
public sealed class ConfidenceBandTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("What does a data coach do?", TopicIds.DataCoach)]
    [InlineData("What is the mentor role?", TopicIds.Mentor)]
    [InlineData("What did professional development become in 2014?", TopicIds.ProfessionalDevelopment2013)]
    [InlineData("Why is the coach listed as a school leader?", TopicIds.SchoolLeader)]
    [InlineData("Who wrote the article this is based on?", TopicIds.Sources)]
    public void A_right_first_topic_with_a_clear_margin_is_answered(string question, string expected)
    {
        var result = fixture.Answerer.Answer(question);

        Assert.Equal(AnswerBand.Answer, result.Band);
        Assert.Equal(expected, result.TopicId);
        Assert.InRange(result.Confidence, ConfidenceThresholds.Answer, 1.0);
        Assert.Equal(DeclineReason.None, result.DeclineReason);
    }

    [Theory]
    [InlineData("mentor or classroom supporter?", TopicIds.Mentor, TopicIds.ClassroomSupporter)]
    [InlineData("What is the difference between a mentor and a classroom supporter?", TopicIds.Mentor, TopicIds.ClassroomSupporter)]
    [InlineData("What does a data coach do and what does a learning facilitator do?", TopicIds.DataCoach, TopicIds.LearningFacilitator)]
    public void Two_close_topics_give_did_you_mean_with_both(string question, string first, string second)
    {
        var result = fixture.Answerer.Answer(question);

        Assert.Equal(AnswerBand.DidYouMean, result.Band);
        Assert.InRange(result.Confidence, ConfidenceThresholds.DidYouMean, ConfidenceThresholds.Answer);
        Assert.Contains(result.Candidates, c => c.TopicId == first);
        Assert.Contains(result.Candidates, c => c.TopicId == second);
        Assert.Equal(DeclineReason.None, result.DeclineReason);
    }

    [Theory]
    // salary, certification exams, other school jobs, sports coaches
    [InlineData("How much does a tech coach earn?")]
    [InlineData("What is the salary of an instructional technology coach?")]
    [InlineData("What's on the certification exam for tech coaches?")]
    [InlineData("What does a school counselor do?")]
    [InlineData("What does the librarian do all day?")]
    [InlineData("Who coaches the soccer team?")]
    [InlineData("What does a football coach do?")]
    // vague, and not even asked
    [InlineData("coach stuff")]
    // unrelated
    [InlineData("What's for lunch?")]
    [InlineData("hello")]
    public void Out_of_scope_and_near_domain_questions_get_the_friendly_decline(string question)
    {
        var result = fixture.Answerer.Answer(question);

        Assert.Equal(AnswerBand.None, result.Band);
        Assert.Equal(DeclineReason.OutOfScope, result.DeclineReason);
        Assert.False(result.OffersAskACoach);
    }

    [Theory]
    [InlineData("How do I share a Google Doc with my class?", DeclineReason.HowTo)]
    [InlineData("how to make a padlet", DeclineReason.HowTo)]
    [InlineData("How do you screen record on an iPad?", DeclineReason.HowTo)]
    [InlineData("Is there a way to share my slides with another class?", DeclineReason.HowTo)]
    [InlineData("Can I embed a video in Google Slides?", DeclineReason.HowTo)]
    [InlineData("can someone help me with Kahoot", DeclineReason.AsksForHelp)]
    [InlineData("I need help getting my videos to play", DeclineReason.AsksForHelp)]
    [InlineData("Could a coach come to my class on Friday?", DeclineReason.AsksForHelp)]
    [InlineData("my document camera isn't working", DeclineReason.AsksForHelp)]
    public void Product_how_tos_and_requests_for_help_are_declined_with_ask_a_coach(string question, DeclineReason reason)
    {
        var result = fixture.Answerer.Answer(question);

        Assert.Equal(AnswerBand.None, result.Band);
        Assert.Equal(reason, result.DeclineReason);
        Assert.True(result.OffersAskACoach);
    }

    [Theory]
    [InlineData("delete my reflections")]
    [InlineData("goals")]
    [InlineData("my goals")]
    [InlineData("my queue")]
    [InlineData("export reflections")]
    public void Commands_coachbot_does_not_know_yet_are_declined_and_not_answered(string text)
    {
        var result = fixture.Answerer.Answer(text);

        Assert.Equal(AnswerBand.None, result.Band);
        Assert.Equal(DeclineReason.UnknownCommand, result.DeclineReason);
    }

    [Fact]
    public void Topic_words_that_are_no_command_still_reach_the_q_and_a()
    {
        Assert.Equal(TopicIds.LongTermPlan, fixture.Answerer.Answer("yearly goals for coaches").TopicId);
        Assert.Equal(AnswerBand.Answer, fixture.Answerer.Answer("Do coaches need yearly goals?").Band);
    }

    [Theory]
    // one edit in words of five letters or more
    [InlineData("instructional specialist", "instrutional specialist")]
    [InlineData("the learner role?", "the learnr role?")]
    [InlineData("what does a mentor do", "wat does a mentr do")]
    [InlineData("supporting competencies", "suporting competencys")]
    [InlineData("What does the catalyst for change do?", "What does the catalist for chnage do?")]
    // two edits in words of eight letters or more
    [InlineData("what happened to professional development", "what hapened to proffesional devlopment")]
    [InlineData("digital citizenship", "digitial citizenshp")]
    public void Typos_keep_their_topic_band_and_confidence(string spelled, string mistyped)
    {
        var expected = fixture.Answerer.Answer(spelled);
        var result = fixture.Answerer.Answer(mistyped);

        Assert.Equal(AnswerBand.Answer, expected.Band);
        Assert.Equal(expected.TopicId, result.TopicId);
        Assert.Equal(expected.Band, result.Band);
        Assert.Equal(expected.Confidence, result.Confidence, 0.05);
    }

    [Theory]
    [InlineData("How much does a tech coach earn?")]
    [InlineData("coach stuff")]
    public void Real_words_are_not_taken_for_typos_of_topic_words(string question)
    {
        // "earn" is not a slip for "learn", nor "stuff" for "staff"
        Assert.Equal(AnswerBand.None, fixture.Answerer.Answer(question).Band);
    }
}
