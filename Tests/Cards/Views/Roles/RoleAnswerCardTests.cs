using CoachBot.Cards;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Views.Roles;
using CoachBot.Tests.Cards.Harness;

namespace CoachBot.Tests.Cards.Views.Roles;

public sealed class RoleAnswerCardTests
{
    private const string InstanceId = "answer-0001";

    private static readonly RoleAnswerCardModel Mentor = new(
        "role.mentor",
        "Mentor",
        "A mentor gives teachers **direct, hands-on support**.\n\nIn practice that means:\n- planning a lesson together\n- co-teaching it\n- reflecting on it afterwards",
        In2013: "Together with the classroom supporter, the mentor replaces the 2013 competency \"collaborate\".",
        AuthorsView: "Direct action roles like this one are where a coach makes the biggest difference.",
        Related: [new TopicLink("role.classroom-supporter", "Classroom Supporter"), new TopicLink("comp2013.collaborate", "Collaborate (2013)")]);

    [Fact]
    public void Create_FullModel_ShowsTheAnswerSectionsAndButtons()
    {
        var card = RoleAnswerCard.Create(Mentor, InstanceId);

        CardHarness.AssertValid(card);
        var text = CardInspection.AllText(card);
        Assert.Contains("Mentor", text, StringComparison.Ordinal);
        Assert.Contains("- planning a lesson together\n- co-teaching it\n- reflecting on it afterwards", text, StringComparison.Ordinal);
        Assert.Contains("In 2013", text, StringComparison.Ordinal);
        Assert.Contains("The author's view", text, StringComparison.Ordinal);
        Assert.Equal(
            ["role.classroom-supporter", "comp2013.collaborate"],
            CardInspection.Buttons(card).Where(b => b.Verb == RoleTopicPayload.VerbName).Select(b => CardInspection.Payload<RoleTopicPayload>(card, b).TopicId));
        Assert.Equal("role.mentor", CardInspection.Payload<SupportAskPayload>(card, CardInspection.Button(card, "Ask a coach about this")).TopicId);
        Assert.StartsWith("Mentor: A mentor gives teachers direct, hands-on support.", card.Summary, StringComparison.Ordinal);
        GoldenFile.AssertMatches("role.answer.mentor", card);
    }

    [Fact]
    public void Create_MinimalModel_HasNoOptionalSections()
    {
        var card = RoleAnswerCard.Create(new RoleAnswerCardModel("role.learner", "Learner", "Coaches keep learning."), InstanceId);

        CardHarness.AssertValid(card);
        var text = CardInspection.AllText(card);
        Assert.DoesNotContain("In 2013", text, StringComparison.Ordinal);
        Assert.DoesNotContain("The author's view", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related topics", text, StringComparison.Ordinal);
        Assert.Equal(["Ask a coach about this"], CardInspection.Buttons(card).Select(b => b.Title));
    }

    [Fact]
    public void Create_MoreThanThreeRelatedOrTheTopicItself_ShowsAtMostThreeOthers()
    {
        var related = Enumerable.Range(1, 5).Select(i => new TopicLink($"role.t{i}", $"Topic {i}")).Prepend(new TopicLink("role.mentor", "Mentor")).ToList();

        var card = RoleAnswerCard.Create(Mentor with { Related = related }, InstanceId);

        CardHarness.AssertValid(card);
        Assert.Equal(
            ["role.t1", "role.t2", "role.t3"],
            CardInspection.Buttons(card).Where(b => b.Verb == RoleTopicPayload.VerbName).Select(b => CardInspection.Payload<RoleTopicPayload>(card, b).TopicId));
    }

    public static TheoryData<string, string> EdgeTexts => new()
    {
        { "", "" },
        { "Rôle «spécial» — 指导者 🧑‍🏫", "Ünïcödé answer: 教练帮助教师。 Emoji 🎉 and quotes \"like this\"." },
        { new string('T', 1000), string.Join("\n\n", Enumerable.Repeat("A long paragraph about mentoring that goes on and on. ", 2000)) },
        { "Lists", string.Join("\n", Enumerable.Range(1, 3000).Select(i => $"- item {i} 你好")) },
    };

    [Theory]
    [MemberData(nameof(EdgeTexts))]
    public void Create_EmptyVeryLongOrNonAscii_StaysAValidCardUnder28KB(string title, string answer)
    {
        var card = RoleAnswerCard.Create(new RoleAnswerCardModel("role.mentor", title, answer, answer, answer, Mentor.Related), InstanceId);

        CardHarness.AssertValid(card);
        Assert.True(CardJson.MeasureBytes(card.Card) <= CardLimits.MaxCardBytes);
        Assert.NotEmpty(CardTree.Elements(card.Card).OfType<TextBlock>().Where(t => t.Style == TextBlockStyle.Heading).Single().Text!);
    }

    [Fact]
    public void Create_AnswerTooLongForACard_IsShortenedWithAnEllipsis()
    {
        var answer = string.Join(" ", Enumerable.Repeat("word", 20000));

        var card = RoleAnswerCard.Create(new RoleAnswerCardModel("role.mentor", "Mentor", answer), InstanceId);

        var shown = CardTree.Elements(card.Card).OfType<TextBlock>().Single(t => t.Text!.StartsWith("word", StringComparison.Ordinal)).Text!;
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
        Assert.InRange(shown.Length, 10_000, answer.Length - 1);
    }
}
