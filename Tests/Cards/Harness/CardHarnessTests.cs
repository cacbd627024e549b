using CoachBot.Cards.Views.Roles;
using System.Text.Json;
using CoachBot.Cards;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Model.Teams;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Cards.Harness;

/// <summary>The harness finds each kind of broken card (and lets a good one through).</summary>
public sealed class CardHarnessTests
{
    private const string Id = "card-1";

    [Fact]
    public void AssertValid_GoodCardWithFormMentionAndFullWidth_Passes()
    {
        var mention = MentionEntity.Create("29:coach", "Sam Rivera");
        var card = Make(
            [
                new TextBlock { Text = $"{mention.Text}, a teacher asked for help.", Wrap = true },
                new TextBlock { Text = "✅ Done: request sent", Wrap = true, Color = TextColor.Good },
                new Image { Url = "https://example.org/chart.png", AltText = "Weekly goals chart", Teams = new TeamsImageProperties { AllowExpand = true } },
                new TextInput { Id = "note", Label = "Note", IsRequired = true, ErrorMessage = "Please add a note.", MaxLength = 500 },
                new DateInput { Id = "when", Label = "When" },
            ],
            [CardActionPayload.Execute("Ask", new SupportAskPayload("role.mentor"), Id)],
            new TeamsCardProperties { Width = CardWidth.Full, Entities = [mention] });

        CardHarness.AssertValid(card);
    }

    public static TheoryData<string, CardElement> BrokenElements => new()
    {
        { "input-label", new TextInput { Id = "a" } },
        { "input-label", new NumberInput { Id = "n", Label = "Count", Min = 1, Max = 5 } },
        { "input-label", new TextInput { Id = "r", Label = "Code", Regex = "^[0-9]+$" } },
        { "input-label", new ToggleInput { Label = "Agree", Title = "I agree" } },
        { "image-alt", new Image { Url = "https://example.org/a.png" } },
        { "colour-only", new TextBlock { Text = "Your goal", Wrap = true, Color = TextColor.Attention } },
        { "colour-only", new Container { Style = ContainerStyle.Good, Items = [new TextBlock { Text = "Goal 1", Wrap = true }] } },
        { "wrap", new TextBlock { Text = "A long sentence that would be cut off" } },
        { "unique-id", new Container { Items = [new TextBlock { Id = "x", Text = "a", Wrap = true }, new TextBlock { Id = "x", Text = "b", Wrap = true }] } },
    };

    [Theory]
    [MemberData(nameof(BrokenElements))]
    public void FindProblems_BrokenElement_NamesTheRule(string rule, CardElement element)
    {
        var problems = CardHarness.FindProblems(Make([element]));

        Assert.Contains(problems, problem => problem.StartsWith($"[{rule}]", StringComparison.Ordinal));
    }

    [Fact]
    public void FindProblems_ColouredTextThatSaysItsStatus_IsAccepted()
    {
        var problems = CardHarness.FindProblems(Make([new TextBlock { Text = "⚠️ 2 goals are overdue", Wrap = true, Color = TextColor.Warning }]));

        Assert.DoesNotContain(problems, problem => problem.StartsWith("[colour-only]", StringComparison.Ordinal));
    }

    [Fact]
    public void FindProblems_CardOver28KB_IsTooBig()
    {
        var problems = CardHarness.FindProblems(Make([new TextBlock { Text = new string('x', 29 * 1024), Wrap = true }]));

        Assert.Contains(problems, problem => problem.StartsWith("[size]", StringComparison.Ordinal));
    }

    [Fact]
    public void FindProblems_KindNotOnFirstContainer_IsAnIdentityProblem()
    {
        var rendered = Make([new TextBlock { Text = "x", Wrap = true }]);
        var moved = rendered with { Kind = "other.kind" };

        Assert.Contains(CardHarness.FindProblems(moved), problem => problem.StartsWith("[identity]", StringComparison.Ordinal));
    }

    [Fact]
    public void FindProblems_ExecuteDataForAnotherCardOrWithoutVersion_IsAnActionsProblem()
    {
        var otherCard = CardActionPayload.Execute("Go", new RoleTopicPayload("role.mentor"), "another-card");
        var untyped = new ExecuteAction { Title = "Raw", Verb = RoleTopicPayload.VerbName, Data = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["verb"] = RoleTopicPayload.VerbName, ["cardId"] = Id }) };

        var problems = CardHarness.FindProblems(Make([new TextBlock { Text = "x", Wrap = true }], [otherCard, untyped]));

        Assert.Contains(problems, problem => problem.Contains("cardId", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("'v'", StringComparison.Ordinal));
    }

    [Fact]
    public void FindProblems_SevenPrimaryButtons_IsTooMany()
    {
        var buttons = Enumerable.Range(1, 7).Select(i => (CardAction)CardActionPayload.Execute($"Topic {i}", new RoleTopicPayload($"t{i}"), Id)).ToList();

        Assert.Contains(CardHarness.FindProblems(Make([new TextBlock { Text = "x", Wrap = true }], buttons)), problem => problem.StartsWith("[actions]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Two\nlines")]
    [InlineData("**Bold** summary")]
    public void FindProblems_SummaryNotOnePlainLine_IsASummaryProblem(string summary)
    {
        var rendered = Make([new TextBlock { Text = "x", Wrap = true }]) with { Summary = summary };

        Assert.Contains(CardHarness.FindProblems(rendered), problem => problem.StartsWith("[summary]", StringComparison.Ordinal));
    }

    [Fact]
    public void FindProblems_UndocumentedMsteamsProperties_AreReported()
    {
        var teams = new TeamsCardProperties { Width = CardWidth.Full };
        teams.AdditionalProperties = new() { ["theme"] = JsonSerializer.SerializeToElement("dark") };
        var mention = MentionEntity.Create("29:x", "Not In Text");

        var problems = CardHarness.FindProblems(Make([new TextBlock { Text = "x", Wrap = true }], null, new TeamsCardProperties { Entities = [mention] }))
            .Concat(CardHarness.FindProblems(Make([new TextBlock { Text = "x", Wrap = true }], null, teams)))
            .ToList();

        Assert.Contains(problems, problem => problem.Contains("appears in no text", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("'theme'", StringComparison.Ordinal));
    }

    [Fact]
    public void FindProblems_SchemaBreak_IsReportedByTheSchema()
    {
        SharedFolder.RequirePath(SchemaValidator.RelativePath);
        var noUrl = new Image { AltText = "Picture with no address" };

        var problems = CardHarness.FindProblems(Make([noUrl]));

        Assert.Contains(problems, problem => problem.StartsWith("[schema]", StringComparison.Ordinal));
    }

    private static RenderedCard Make(IList<CardElement> items, IList<CardAction>? actions = null, TeamsCardProperties? teams = null) =>
        new(
            "test.card",
            Id,
            new AdaptiveCard
            {
                FallbackText = "A test card",
                Body = [new Container { Id = "test.card", Items = items }],
                Actions = actions,
                Teams = teams,
            },
            "A test card");
}
