using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Views.Roles;
using CoachBot.Tests.Cards.Harness;

namespace CoachBot.Tests.Cards.Views.Roles;

public sealed class QaReportCardTests
{
    [Fact]
    public void A_full_report_passes_the_harness_under_28KB_and_shows_peoples_words_as_plain_text()
    {
        var topics = TopicIds.Required.Select((id, i) => new QaReportTopic(id, $"Topic {i}", 1000 - i, 500, 20)).ToList();
        var questions = Enumerable.Range(1, QaReportCommandLimits.MaxQuestions)
            .Select(i => new QaReportQuestion($"**Is** _this_ [a link](https://example.org) {new string('x', 150)} {i}", 100 - i))
            .ToList();

        var card = QaReportCard.Create(new QaReportCardModel(topics, questions, new DateOnly(2026, 11, 30), 90, 3), "report-1");

        CardHarness.AssertValid(card);
        Assert.True(card.Utf8Json.Length <= CardLimits.MaxCardBytes);
        var runs = CardTree.Nodes(card.Card).OfType<TextRun>().Select(run => run.Text).ToList();
        Assert.Contains("99× — **Is** _this_ [a link](https://example.org) " + new string('x', 150) + " 1", runs);
        Assert.DoesNotContain(CardTree.Elements(card.Card).OfType<TextBlock>(), block => block.Text!.Contains("[a link]", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_report_says_so()
    {
        var card = QaReportCard.Create(new QaReportCardModel([], [], null, 90, 3), "report-1");

        CardHarness.AssertValid(card);
        var text = CardInspection.AllText(card);
        Assert.Contains("No answers given yet.", text, StringComparison.Ordinal);
        Assert.Contains("None asked 3 times or more in the last 90 days.", text, StringComparison.Ordinal);
    }

    private static class QaReportCommandLimits
    {
        public const int MaxQuestions = CoachBot.Dialogs.Features.RolesQa.QaReportCommand.MaxQuestions;
    }
}
