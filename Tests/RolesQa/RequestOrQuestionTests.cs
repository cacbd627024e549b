using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Tests.RolesQa;

/// <summary>The one decision between a teacher's request for support and a question about coaching roles.</summary>
public sealed class RequestOrQuestionTests
{
    [Theory]
    // request phrasing
    [InlineData("I need help with Padlet")]
    [InlineData("I need help with my students' reading data")]
    [InlineData("Can someone help me set up Google Classroom?")]
    [InlineData("can someone help me read my class's test scores")]
    [InlineData("Could a coach come to my class on Friday?")]
    [InlineData("could a coach join us at our PLC and walk us through the numbers?")]
    [InlineData("request support")]
    [InlineData("Requesting a coach for my 3rd period")]
    [InlineData("Looking for resources on fractions for grade 4")]
    [InlineData("I'm looking for a mentor this year")]
    [InlineData("We'd like a coach to lead a workshop on Seesaw")]
    [InlineData("I'd love some help making a quiz")]
    [InlineData("Our department needs someone to show us Desmos")]
    [InlineData("need an extra pair of hands in room 14 tomorrow")]
    [InlineData("help with differentiation strategies please")]
    [InlineData("benchmark data help pls")]
    [InlineData("Does anyone have good sites for practising Spanish vocabulary?")]
    [InlineData("Could I get a coach to mentor me through my first year?")]
    [InlineData("PD for our team on Canvas?")]
    [InlineData("Please co-teach my lesson on coding next week")]
    [InlineData("Can you recommend some videos on plate tectonics?")]
    [InlineData("It would really help if a coach could be in the classroom with me on Monday.")]
    [InlineData("How do I make my lessons more engaging with tech? need a coach")]
    [InlineData("Is there someone who could visit my room on Tuesday?")]
    [InlineData("Coach needed for our Friday PD")]
    [InlineData("Is anyone available to help with the Chromebook cart?")]
    [InlineData("Can I book a coach for next week?")]
    [InlineData("I would appreciate some help with Seesaw")]
    [InlineData("I'm struggling with my gradebook")]
    [InlineData("Who can help me with Kahoot?")]
    [InlineData("My projector won't connect to my laptop")]
    [InlineData("Would it be possible for a coach to observe my class?")]
    [InlineData("Is it possible to get a coach for our Seesaw rollout?")]
    [InlineData("Any chance someone could show the 4th grade team Seesaw?")]
    [InlineData("Wondering if a coach could visit room 12 on Friday")]
    [InlineData("Is a coach available on Thursday afternoon?")]
    [InlineData("Hoping to get some help with Canvas quizzes")]
    // typos in the cue words
    [InlineData("can somone help me with my gradebook")]
    [InlineData("lookng for a PD session on google forms")]
    // product help is a request too
    [InlineData("help my document camera isnt working")]
    [InlineData("Can you help me with Kahoot?")]
    public void Request_phrasing_is_a_request(string text) =>
        Assert.Equal(MessageIntent.Request, RequestOrQuestion.Classify(text));

    [Theory]
    [InlineData("What does a mentor do?")]
    [InlineData("Can a coach be a school leader?")]
    [InlineData("Who helps teachers with data?")]
    [InlineData("How does a coach help teachers use data?")]
    [InlineData("data coach??")]
    [InlineData("resource provider")]
    [InlineData("2013 vs 2014")]
    // near misses: help, need, want, my and can-a-coach in questions about roles
    [InlineData("Can someone help me understand the mentor role?")]
    [InlineData("I'd like to know what a data coach does")]
    [InlineData("I want to understand the learning facilitator role")]
    [InlineData("Could you tell me what changed between 2013 and 2014?")]
    [InlineData("Can you list the ten roles?")]
    [InlineData("Is the coach supposed to come into teachers' classrooms and help?")]
    [InlineData("Does a coach need to know pedagogy?")]
    [InlineData("Do coaches need yearly goals?")]
    [InlineData("What help can a coach give a new teacher?")]
    [InlineData("Can a coach help teachers with data?")]
    [InlineData("I'm a new coach - explain the data coach piece of my job to me.")]
    [InlineData("As a principal, how should I set direction for my coach's work?")]
    [InlineData("I want to be a data coach one day, what does the role involve?")]
    [InlineData("Our coach sends a weekly list of links. Which of her roles is that?")]
    [InlineData("My principal wants to know what the author thinks coaches should drop")]
    [InlineData("I like the mentor role, is it new?")]
    [InlineData("How can a coach support our new teachers?")]
    [InlineData("Do we need a coach for every role?")]
    [InlineData("What skills do I need as a tech coach?")]
    [InlineData("I'm struggling to understand the data coach role")]
    [InlineData("I'm interested in how the role evolved")]
    [InlineData("Why doesn't the 2014 list work for every school?")]
    [InlineData("Could a coach be a mentor and a school leader at once?")]
    [InlineData("Can I be a data coach without a data team?")]
    public void Questions_about_coaching_roles_are_questions(string text) =>
        Assert.Equal(MessageIntent.Question, RequestOrQuestion.Classify(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    [InlineData("hi")]
    [InlineData("thanks!")]
    [InlineData("ok")]
    [InlineData("Good morning!")]
    public void Empty_text_and_small_talk_are_neither(string? text) =>
        Assert.Equal(MessageIntent.Neither, RequestOrQuestion.Classify(text));

    [Fact]
    public void Every_request_of_the_tuning_half_is_a_request()
    {
        var misread = EvalLines.Read("requests.tuning.tsv")
            .Where(line => RequestOrQuestion.Classify(line.Text) != MessageIntent.Request)
            .Select(line => line.Text)
            .ToList();

        Assert.True(misread.Count == 0, "read as no request:\n" + string.Join('\n', misread));
    }

    [Fact]
    public void In_the_tuning_half_help_requests_are_requests_and_role_questions_are_questions()
    {
        var lines = EvalLines.Read("questions.tuning.tsv");
        var misread = lines
            .Where(line => line.Kind == "help-request"
                ? RequestOrQuestion.Classify(line.Text) != MessageIntent.Request
                : !line.OutOfScope && RequestOrQuestion.Classify(line.Text) != MessageIntent.Question)
            .Select(line => $"{line.Kind}: {line.Text}")
            .ToList();

        Assert.True(misread.Count == 0, "misread:\n" + string.Join('\n', misread));
    }

    [Fact]
    public void Any_text_is_classified_without_throwing()
    {
        string[] texts = ["\u0000\u0001", "🙂🙂", new string('a', 10_000), "can can can could would", "help", "- - -", "i", "me my us our"];

        Assert.All(texts, text => Assert.True(Enum.IsDefined(RequestOrQuestion.Classify(text))));
    }
}
