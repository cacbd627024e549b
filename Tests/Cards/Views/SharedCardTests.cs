using CoachBot.Cards.Actions;
using CoachBot.Cards.Views;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Infrastructure;
using CoachBot.Tests.Cards.Harness;

namespace CoachBot.Tests.Cards.Views;

/// <summary>The shared cards (welcome, help, error, out-of-date) through the harness, with edge-case models.</summary>
public sealed class SharedCardTests
{
    private const string InstanceId = "c0ffee00-0000-4000-8000-000000000001";

    public static TheoryData<string?, bool> WelcomeModels => new()
    {
        { "Ada Lovelace", true },
        { null, true },
        { "", true },
        { "   ", false },
        { "Zoë Ñúñez-O'Brien 李雷 👩‍🏫", true },
        { new string('W', 5000), true },
        { "**Bold** [click](https://evil.example) <at>x</at>", true },
        { "Ada Lovelace", false },
    };

    [Theory]
    [MemberData(nameof(WelcomeModels))]
    public void Welcome_AnyModel_PassesTheHarness(string? name, bool personal)
    {
        var card = WelcomeCard.Create(HostFeatures.Welcome(name, personal), InstanceId);

        Assert.Equal(WelcomeCard.Kind, card.Kind);
        CardHarness.AssertValid(card);
    }

    [Fact]
    public void Welcome_PersonalChat_GreetsByNameAndOffersHelpAndRoles()
    {
        var card = WelcomeCard.Create(HostFeatures.Welcome("Ada Lovelace", true), InstanceId);

        Assert.Contains("Hi Ada Lovelace!", CardInspection.AllText(card), StringComparison.Ordinal);
        Assert.Equal(Commands.Help, CardInspection.Payload<RunCommandPayload>(card, CardInspection.Button(card, "What can you do?")).Command);
        Assert.Equal(TopicIds.Roles2014, CardInspection.Payload<RoleTopicPayload>(card, CardInspection.Button(card, "What are the coach roles?")).TopicId);
        GoldenFile.AssertMatches("welcome.personal", card);
    }

    [Fact]
    public void Welcome_GroupChat_GreetsEveryoneAndSaysToMention()
    {
        var card = WelcomeCard.Create(HostFeatures.Welcome("Ada Lovelace", false), InstanceId);

        var text = CardInspection.AllText(card);
        Assert.Contains("Hi everyone!", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada", text, StringComparison.Ordinal);
        Assert.Contains("mention me", text, StringComparison.Ordinal);
        GoldenFile.AssertMatches("welcome.group", card);
    }

    [Fact]
    public void Welcome_NameWithMarkdown_IsShownAsPlainText()
    {
        const string name = "**Bold** [click](https://evil.example)";
        var card = WelcomeCard.Create(HostFeatures.Welcome(name, true), InstanceId);

        var run = Assert.Single(
            CoachBot.Cards.Model.CardTree.Nodes(card.Card).OfType<CoachBot.Cards.Model.Elements.TextRun>(),
            run => run.Text == name);
        Assert.Equal(CoachBot.Cards.Model.TextWeight.Bolder, run.Weight);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Help_ListsWhatCoachBotDoesNowAndWhatIsComing(bool personal)
    {
        var card = HelpCard.Create(HostFeatures.Help(personal, CoachingRole.Admin), InstanceId);

        CardHarness.AssertValid(card);
        var text = CardInspection.AllText(card);
        Assert.Contains("For everyone", text, StringComparison.Ordinal);
        Assert.Contains("For admins", text, StringComparison.Ordinal);
        Assert.Contains("what does a mentor do?", text, StringComparison.Ordinal);
        Assert.Contains("add coach @Name", text, StringComparison.Ordinal);
        Assert.Contains("request support", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Coming soon", text, StringComparison.Ordinal); // the weekly nudge, its last line, is built
        Assert.Equal(personal, !text.Contains("mention me", StringComparison.Ordinal));
        Assert.Equal(
            [TopicIds.Roles2014, TopicIds.Mentor, TopicIds.Compare],
            CardInspection.Buttons(card).Select(button => CardInspection.Payload<RoleTopicPayload>(card, button).TopicId));
        GoldenFile.AssertMatches(personal ? "help.personal" : "help.group", card);
    }

    public static TheoryData<string?> CorrelationIds => new(
    [
        null,
        "",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        new string('a', 3000),
        "ref\nwith **markdown** and ünïcödé",
    ]);

    [Theory]
    [MemberData(nameof(CorrelationIds))]
    public void Error_AnyReference_PassesTheHarnessAndApologises(string? correlationId)
    {
        var card = ErrorCard.Create(new ErrorCardModel(correlationId), InstanceId);

        CardHarness.AssertValid(card);
        Assert.StartsWith("Sorry, something went wrong", card.Summary, StringComparison.Ordinal);
        Assert.Equal(Commands.Help, CardInspection.Payload<RunCommandPayload>(card, CardInspection.Button(card, "Help")).Command);
    }

    [Fact]
    public void Error_WithReference_ShowsTheReferenceVerbatim()
    {
        var card = ErrorCard.Create(new ErrorCardModel("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"), InstanceId);

        Assert.Contains("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", CardInspection.AllText(card), StringComparison.Ordinal);
        GoldenFile.AssertMatches("error.with-reference", card);
    }

    [Fact]
    public void OutOfDate_SaysSoAndOffersHelp()
    {
        var card = OutOfDateCard.Create(InstanceId);

        CardHarness.AssertValid(card);
        Assert.Equal("out-of-date", card.Kind);
        Assert.Contains("This card is out of date", CardInspection.AllText(card), StringComparison.Ordinal);
        Assert.Equal(Commands.Help, CardInspection.Payload<RunCommandPayload>(card, CardInspection.Button(card, "Help")).Command);
        GoldenFile.AssertMatches("out-of-date", card);
    }

    [Fact]
    public void Views_SameModelAndInstanceId_GiveTheSameJson()
    {
        var first = HelpCard.Create(HostFeatures.Help(true, CoachingRole.Admin), InstanceId);
        var second = HelpCard.Create(HostFeatures.Help(true, CoachingRole.Admin), InstanceId);

        Assert.Equal(GoldenFile.Render(first), GoldenFile.Render(second));
    }
}
