using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Tests.RolesQa;

/// <summary>Short follow-ups are understood in the context of the previous answer's topic.</summary>
public sealed class FollowUpTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("tell me more")]
    [InlineData("Tell me more!")]
    [InlineData("more please")]
    [InlineData("go on")]
    [InlineData("can you elaborate?")]
    [InlineData("what else?")]
    [InlineData("tell me more about that")]
    [InlineData("more")]
    [InlineData("why?")]
    [InlineData("Why is that?")]
    public void Tell_me_more_stays_on_the_previous_topic(string text)
    {
        var result = fixture.Answerer.Answer(text, TopicIds.Mentor);

        Assert.Equal(TopicIds.Mentor, result.TopicId);
        Assert.Equal(AnswerBand.Answer, result.Band);
        Assert.Equal(FollowUpKind.More, result.FollowUp);
        Assert.True(result.IsFollowUp);
        Assert.Contains("collaborate", result.Topic!.FullText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why does a coach need data?")]
    [InlineData("why not")]
    public void A_why_question_with_words_of_its_own_is_no_tell_me_more(string text)
    {
        Assert.NotEqual(FollowUpKind.More, fixture.Answerer.Answer(text, TopicIds.Mentor).FollowUp);
    }

    [Theory]
    [InlineData(TopicIds.CatalystForChange, TopicIds.Innovate2013)]
    [InlineData(TopicIds.DataCoach, TopicIds.ProfessionalDevelopment2013)]
    [InlineData(TopicIds.Mentor, TopicIds.Collaborate2013)]
    [InlineData(TopicIds.Learner, TopicIds.ContinueToLearn2013)]
    [InlineData(TopicIds.SchoolLeader, TopicIds.Competencies2013)]
    [InlineData(TopicIds.Roles2014, TopicIds.Competencies2013)]
    public void What_about_in_2013_leads_to_the_competency_behind_the_role_or_the_2013_overview(string previous, string expected)
    {
        var result = fixture.Answerer.Answer("what about in 2013?", previous);

        Assert.Equal(expected, result.TopicId);
        Assert.Equal(AnswerBand.Answer, result.Band);
        Assert.Equal(FollowUpKind.In2013, result.FollowUp);
    }

    [Theory]
    [InlineData("and in 2013?")]
    [InlineData("How was it in 2013")]
    [InlineData("what was it called originally?")]
    public void Other_ways_of_asking_about_2013_are_understood(string text)
    {
        var result = fixture.Answerer.Answer(text, TopicIds.ResourceProvider);

        Assert.Equal(TopicIds.FindShareResources2013, result.TopicId);
        Assert.Equal(FollowUpKind.In2013, result.FollowUp);
    }

    [Theory]
    [InlineData(TopicIds.Innovate2013, TopicIds.CatalystForChange)]
    [InlineData(TopicIds.Collaborate2013, TopicIds.Mentor)]
    [InlineData(TopicIds.DigitalCitizenship2013, TopicIds.Roles2014)]
    public void And_in_2014_leads_from_a_competency_to_the_role_it_became(string previous, string expected)
    {
        var result = fixture.Answerer.Answer("and in 2014?", previous);

        Assert.Equal(expected, result.TopicId);
        Assert.Equal(FollowUpKind.In2014, result.FollowUp);
    }

    [Theory]
    [InlineData("and the mentor?", TopicIds.Mentor)]
    [InlineData("what about the learner?", TopicIds.Learner)]
    [InlineData("How about the school leader", TopicIds.SchoolLeader)]
    [InlineData("and data coach", TopicIds.DataCoach)]
    public void And_the_other_role_switches_to_that_role(string text, string expected)
    {
        var result = fixture.Answerer.Answer(text, TopicIds.ClassroomSupporter);

        Assert.Equal(expected, result.TopicId);
        Assert.Equal(AnswerBand.Answer, result.Band);
        Assert.Equal(FollowUpKind.OtherTopic, result.FollowUp);
    }

    [Fact]
    public void And_a_2013_competency_after_a_competency_stays_among_the_competencies()
    {
        var result = fixture.Answerer.Answer("and innovate?", TopicIds.Collaborate2013);

        Assert.Equal(TopicIds.Innovate2013, result.TopicId);
        Assert.Equal(FollowUpKind.OtherTopic, result.FollowUp);
    }

    [Theory]
    [InlineData("tell me more")]
    [InlineData("what about in 2013?")]
    public void A_follow_up_without_a_previous_topic_is_not_answered_as_one(string text)
    {
        var result = fixture.Answerer.Answer(text);

        Assert.False(result.IsFollowUp);
        Assert.NotEqual(AnswerBand.Answer, result.Band);
    }

    [Fact]
    public void An_unknown_previous_topic_is_ignored()
    {
        var result = fixture.Answerer.Answer("tell me more", "role.astronaut");

        Assert.False(result.IsFollowUp);
        Assert.Equal(AnswerBand.None, result.Band);
    }

    [Theory]
    [InlineData("Tell me a joke")]
    [InlineData("and the weather?")]
    [InlineData("what about lunch?")]
    public void An_out_of_scope_question_after_an_answer_is_still_out_of_scope(string text)
    {
        var result = fixture.Answerer.Answer(text, TopicIds.Mentor);

        Assert.Equal(AnswerBand.None, result.Band);
        Assert.False(result.IsFollowUp);
    }

    [Fact]
    public void A_full_question_after_an_answer_is_answered_on_its_own()
    {
        var result = fixture.Answerer.Answer("What skills does a tech coach need?", TopicIds.Mentor);

        Assert.Equal(TopicIds.SkillsRequired, result.TopicId);
        Assert.False(result.IsFollowUp);
    }
}
