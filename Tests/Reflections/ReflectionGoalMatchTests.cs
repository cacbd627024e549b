using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.Features.Reflections;

namespace CoachBot.Tests.Reflections;

/// <summary>
/// Which goal a one-liner's words are about: content words of the goal's title and unit, compared stemmed and without
/// everyday words, so different phrasings of the same work find the goal and everyday coaching words do not.
/// </summary>
public sealed class ReflectionGoalMatchTests
{
    private static readonly DateOnly Since = new(2026, 8, 1);

    private static readonly GoalChoice[] Goals =
    [
        new(1, "Run parent workshops on our learning platform", TopicIds.LearningFacilitator, "parent workshops", Since),
        new(2, "Launch the staff resource library", TopicIds.ResourceProvider, null, Since),
        new(3, "Mentor the two new science teachers", TopicIds.Mentor, null, Since),
        new(4, "Chromebook rollout", TopicIds.SchoolLeader, "classes", Since),
    ];

    [Theory]
    [InlineData("held the second parent workshop, 12 families came", 1L)]
    [InlineData("Parents' workshop on Seesaw went well", 1L)]
    [InlineData("ran a workshop for parents about the learning platform", 1L)]
    [InlineData("PD workshop for parents in the library", 1L)]
    [InlineData("WORKSHOPS FOR PARENTS!!", 1L)]
    [InlineData("added five how-to guides to the staff resource library", 2L)]
    [InlineData("Library: uploaded resources for staff", 2L)]
    [InlineData("co-planned a lab with the new science teachers I'm mentoring", 3L)]
    [InlineData("fixed three Chromebooks for the rollout", 4L)]
    [InlineData("Chromebook cart for room 12", 4L)]
    public void APhrasingOfAGoalsWork_FindsThatGoal(string text, long goal) =>
        Assert.Equal(goal, ReflectionGoalMatch.Best(text, Goals)?.Id);

    [Theory]
    [InlineData("modeled Padlet with Ms. Lee's 4th grade")]
    [InlineData("workshop on Padlet for the grade 4 teachers")]    // one of the four words of goal 1
    [InlineData("helped new teachers with their classes")]           // everyday and school words only
    [InlineData("technology coaching for the year")]                  // words every coach's goal shares
    [InlineData("")]
    public void EverydayCoachingWords_FindNoGoal(string text) =>
        Assert.Null(ReflectionGoalMatch.Best(text, Goals));

    [Fact]
    public void HalfOfATwoWordGoal_IsEnough_ButOneWordOfFourIsNot()
    {
        Assert.Equal(3, ReflectionGoalMatch.Best("mentoring session with Ms. Park", Goals)?.Id);
        Assert.Null(ReflectionGoalMatch.Best("a platform demo", Goals));
    }

    [Fact]
    public void TheGoalWithMostWordsInCommon_Wins_ThenTheLowerNumber()
    {
        GoalChoice[] goals =
        [
            new(7, "Parent workshops", TopicIds.LearningFacilitator, null, Since),
            new(5, "Parent workshops on the learning platform", TopicIds.LearningFacilitator, null, Since),
            new(6, "Parent workshops", TopicIds.LearningFacilitator, null, Since),
        ];

        Assert.Equal(5, ReflectionGoalMatch.Best("parent workshop on the learning platform", goals)?.Id);
        Assert.Equal(6, ReflectionGoalMatch.Best("parent workshop", goals)?.Id);
    }

    [Fact]
    public void AGoalNoLongerActive_IsNeverSuggested()
    {
        GoalChoice[] goals = [new(8, "Chromebook rollout", TopicIds.SchoolLeader, null, Since, IsActive: false)];

        Assert.Null(ReflectionGoalMatch.Best("Chromebook rollout day", goals));
    }
}
