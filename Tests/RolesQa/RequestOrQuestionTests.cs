using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Tests.RolesQa;

/// <summary>The request-or-question decision on a table of both kinds, near misses included.</summary>
public sealed class RequestOrQuestionTests
{
    [Theory]
    [InlineData("I need help with Padlet for my 5th grade class")]
    [InlineData("can someone help me set up Google Classroom?")]
    [InlineData("Could a coach come to my class on Thursday to model a Seesaw lesson?")]
    [InlineData("request support")]
    [InlineData("help me plan a unit with Desmos")]
    [InlineData("we'd like training on Canvas for our team")]
    [InlineData("I'm looking for resources on fractions with virtual manipulatives")]
    [InlineData("any recommendations for free typing programs for 3rd grade?")]
    [InlineData("anyone have good sites for Spanish vocabulary?")]
    [InlineData("My students need help with Chromebooks logins")]
    [InlineData("need some ideas for station rotation with ipads")]
    public void Requests_AreRequests(string text) => Assert.Equal(MessageIntent.Request, RequestOrQuestion.Classify(text));

    [Theory]
    [InlineData("What does a data coach do?")]
    [InlineData("Who helps teachers interpret student data?")]
    [InlineData("can a coach be a school leader?")]
    [InlineData("How does the mentor help teachers?")]
    [InlineData("what changed between 2013 and 2014")]
    [InlineData("Is a tech coach supposed to help with curriculum?")]
    [InlineData("which roles should be given to someone else?")]
    [InlineData("data coach??")]
    [InlineData("tell me more")]
    [InlineData("")]
    public void Questions_AreQuestions(string text) => Assert.Equal(MessageIntent.Question, RequestOrQuestion.Classify(text));
}
