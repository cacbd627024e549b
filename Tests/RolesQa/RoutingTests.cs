using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Tests.RolesQa;

/// <summary>Routing free text to the best-fitting role among the candidates the caller allows.</summary>
public sealed class RoutingTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void The_nine_routable_roles_are_every_role_but_the_learner()
    {
        Assert.Equal(9, TopicIds.RoutableRoles.Count);
        Assert.DoesNotContain(TopicIds.Learner, TopicIds.RoutableRoles);
        Assert.Equal(10, TopicIds.AllRoles.Count);
    }

    [Theory]
    [InlineData("I want to keep learning and push my own learning forward")]
    [InlineData("As a learner I'd like to grow")]
    [InlineData("learner")]
    public void The_learner_is_never_chosen_for_a_support_request(string text)
    {
        var result = fixture.Answerer.Route(text, TopicIds.RoutableRoles);

        Assert.NotEqual(TopicIds.Learner, result.RoleId);
        Assert.DoesNotContain(result.Candidates, c => c.TopicId == TopicIds.Learner);
    }

    [Fact]
    public void A_reflection_on_the_coach_s_own_learning_routes_to_the_learner_when_all_ten_roles_are_candidates()
    {
        var result = fixture.Answerer.Route("This week I pushed my own learning forward with a new course", TopicIds.AllRoles);

        Assert.Equal(TopicIds.Learner, result.RoleId);
    }

    [Fact]
    public void Only_candidate_roles_are_returned()
    {
        string[] candidates = [TopicIds.Mentor, TopicIds.SchoolLeader];

        var result = fixture.Answerer.Route("Can someone help me make sense of my students' test scores?", candidates);

        Assert.All(result.Candidates, c => Assert.Contains(c.TopicId, candidates));
        Assert.True(result.RoleId is null || candidates.Contains(result.RoleId));
    }

    [Theory]
    [InlineData("Can you help me make sense of my class's test results?", TopicIds.DataCoach)]
    [InlineData("Could you come into my room while the students use the new iPads?", TopicIds.ClassroomSupporter)]
    [InlineData("Our department would like a workshop on digital portfolios", TopicIds.LearningFacilitator)]
    public void A_clear_request_is_routed_with_the_answer_band(string text, string expected)
    {
        var result = fixture.Answerer.Route(text, TopicIds.RoutableRoles);

        Assert.Equal(expected, result.RoleId);
        Assert.Equal(AnswerBand.Answer, result.Band);
        Assert.InRange(result.Confidence, ConfidenceThresholds.RouteAnswer, 1.0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("zzzz qqqq")]
    public void Text_that_fits_no_role_gets_no_role(string? text)
    {
        var result = fixture.Answerer.Route(text, TopicIds.RoutableRoles);

        Assert.Equal(AnswerBand.None, result.Band);
        Assert.Null(result.RoleId);
    }

    [Fact]
    public void No_candidates_or_unknown_candidates_route_nowhere()
    {
        Assert.Null(fixture.Answerer.Route("help with my test scores", []).RoleId);
        Assert.Null(fixture.Answerer.Route("help with my test scores", ["role.astronaut", TopicIds.Sources]).RoleId);
    }
}
