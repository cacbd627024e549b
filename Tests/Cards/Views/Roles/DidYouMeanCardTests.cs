using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Roles;
using CoachBot.Tests.Cards.Harness;

namespace CoachBot.Tests.Cards.Views.Roles;

public sealed class DidYouMeanCardTests
{
    private const string InstanceId = "dym-0001";

    private static readonly TopicLink[] Topics =
    [
        new("role.mentor", "Mentor"),
        new("role.classroom-supporter", "Classroom Supporter"),
        new("comp2013.collaborate", "Collaborate (2013)"),
    ];

    [Fact]
    public void Create_ThreeTopics_EchoesTheQuestionAndOffersTopicsAndNoneOfThese()
    {
        var card = DidYouMeanCard.Create(new DidYouMeanCardModel("who helps me in class?", Topics), InstanceId);

        CardHarness.AssertValid(card);
        Assert.Contains("You asked: who helps me in class?", CardInspection.AllText(card), StringComparison.Ordinal);
        var buttons = CardInspection.Buttons(card);
        Assert.Equal(["Mentor", "Classroom Supporter", "Collaborate (2013)", "None of these"], buttons.Select(b => b.Title));
        Assert.Equal(
            Topics.Select(t => t.TopicId),
            buttons.Take(3).Select(b => CardInspection.Payload<RoleTopicPayload>(card, b).TopicId));
        CardInspection.Payload<RolesNonePayload>(card, buttons[3]);
        Assert.Equal("Did you mean Mentor, Classroom Supporter or Collaborate (2013)?", card.Summary);
        GoldenFile.AssertMatches("roles.didyoumean", card);
    }

    [Fact]
    public void Create_QuestionWithMarkdown_IsEchoedAsPlainText()
    {
        const string question = "what does a **mentor** do? [x](https://evil.example)";

        var card = DidYouMeanCard.Create(new DidYouMeanCardModel(question, Topics), InstanceId);

        var run = Assert.Single(CoachBot.Cards.Model.CardTree.Nodes(card.Card).OfType<CoachBot.Cards.Model.Elements.TextRun>(), r => r.Text == question);
        Assert.True(run.Italic);
    }

    public static TheoryData<string, int> EdgeModels => new()
    {
        { "", 0 },
        { "   ", 2 },
        { "¿Qué hace un mentor? 教练是做什么的？ 🤔", 3 },
        { string.Concat(Enumerable.Repeat("very long question ", 2000)), 5 },
    };

    [Theory]
    [MemberData(nameof(EdgeModels))]
    public void Create_EmptyLongOrNonAsciiQuestion_PassesTheHarnessWithAtMostThreeTopics(string question, int topicCount)
    {
        var topics = Enumerable.Range(1, topicCount).Select(i => new TopicLink($"role.t{i}", $"Tópico {i} — {new string('x', i * 40)}")).ToList();

        var card = DidYouMeanCard.Create(new DidYouMeanCardModel(question, topics), InstanceId);

        CardHarness.AssertValid(card);
        var buttons = CardInspection.Buttons(card);
        Assert.Equal(Math.Min(topicCount, DidYouMeanCard.MaxTopics) + 1, buttons.Count);
        Assert.Equal("None of these", buttons[^1].Title);
    }
}
