using CoachBot.Cards;
using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Cards.Harness;

/// <summary>
/// The <c>list</c> rule: each case below was drawn in the Agents Playground's Teams renderer (2026-12, playground
/// 0.2.28): the run-together ones showed as one line, the others as lists.
/// </summary>
public sealed class MarkdownListRuleTests
{
    [Fact]
    public void TheRolesCardBeforeIssue14_BreaksTheListRule()
    {
        // The roles card as CoachBot sent it before issue 14 (the ten roles as one run-on line), kept as sent.
        var json = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "Tests", "Cards", "Harness", "Data", "roles-card.before-issue-14.json"));
        Assert.True(CardJson.TryDeserialize(json, out var card, out var error), error);
        var rendered = new RenderedCard("role.answer", "0193a5c0000070008000000000000001", card, card.FallbackText!);

        var problems = CardHarness.FindProblems(rendered);

        var problem = Assert.Single(problems, p => p.StartsWith("[list]", StringComparison.Ordinal));
        Assert.Contains("1. Data Coach 2. Resource Provider", problem, StringComparison.Ordinal);
        Assert.Contains("items 1 and 2 are on one line", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1. Data Coach 2. Resource Provider 3. Mentor")]
    [InlineData("Intro: 1. Alpha 2. Beta")]
    [InlineData("- Alpha - Beta - Gamma")]
    [InlineData("• Alpha • Beta")]
    [InlineData("Intro\n• Alpha\n• Beta")]
    [InlineData("✅ Alpha\n✅ Beta")]
    [InlineData("-Alpha\n-Beta")]
    [InlineData("- Alpha\n- Beta\nAfter text")]
    public void ListsThatRunTogether_AreReported(string markdown)
    {
        Assert.NotNull(MarkdownListRule.Check(markdown));
        Assert.Contains(CardHarness.FindProblems(Card(markdown)), p => p.StartsWith("[list]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- Alpha\n- Beta\n- Gamma")]
    [InlineData("- Alpha\r- Beta")]
    [InlineData("1. Alpha\n2. Beta\n3. Gamma")]
    [InlineData("9. Alpha\n10. Beta\n11. Gamma")]
    [InlineData("Intro line:\n- Alpha\n- Beta")]
    [InlineData("Six tasks:\n1. Alpha\n2. Beta")]
    [InlineData("- Alpha\n\n- Beta")]
    [InlineData("- **Stayed:** find and share resources - still there\n- **Added:** data coach")]
    [InlineData("Between 2013. and 2014. the role changed.")]
    [InlineData("Line one\n\nLine two")]
    [InlineData("A paragraph with a dash - in it.")]
    public void ListsThatRender_PassAndOtherTextIsLeftAlone(string markdown)
    {
        Assert.Null(MarkdownListRule.Check(markdown));
        Assert.DoesNotContain(CardHarness.FindProblems(Card(markdown)), p => p.StartsWith("[list]", StringComparison.Ordinal));
    }

    [Fact]
    public void AFactValueIsCheckedToo()
    {
        var card = Card("x", new FactSet { Facts = [new Fact { Title = "Roles", Value = "1. Mentor 2. Learner" }] });

        Assert.Contains(CardHarness.FindProblems(card), p => p.StartsWith("[list] Fact", StringComparison.Ordinal));
    }

    private static RenderedCard Card(string markdown, params CardElement[] more) =>
        new(
            "test.card",
            "card-1",
            new AdaptiveCard { FallbackText = "A test card", Body = [new Container { Id = "test.card", Items = [new TextBlock { Text = markdown, Wrap = true }, .. more] }] },
            "A test card");
}
