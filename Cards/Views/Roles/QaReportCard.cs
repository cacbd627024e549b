using System.Globalization;
using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Roles;

/// <summary>
/// <c>qa report</c> for lead coaches and admins: per topic, the answers given and their 👍 / 👎, and the questions CoachBot
/// was not sure about most often. Those questions are people's words, shown as plain text (never read as Markdown).
/// </summary>
public static class QaReportCard
{
    public const string Kind = "qa.report";

    private const int MaxQuestionLength = 200;

    public static RenderedCard Create(QaReportCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var topics = model.Topics ?? [];
        var questions = model.Questions ?? [];
        var answers = topics.Sum(topic => topic.Answers);
        var items = new List<CardElement>
        {
            CardLayout.Heading("Q&A report"),
            CardLayout.Note(model.Since is { } since
                ? $"Since {since.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: {Count(answers, "answer")} given; ratings: 👍 helpful {topics.Sum(t => t.Helpful)}, 👎 not helpful {topics.Sum(t => t.NotHelpful)}."
                : "No answers given yet."),
        };

        if (topics.Count > 0)
        {
            items.Add(CardLayout.SectionHeading("Answers by topic"));
            items.AddRange(topics.Select(topic => (CardElement)CardLayout.ListItem(
                $"**{PlainText.OneLine(topic.Title, 120)}**: {Count(topic.Answers, "answer")} · 👍 helpful {topic.Helpful} · 👎 not helpful {topic.NotHelpful}")));
        }

        items.Add(CardLayout.SectionHeading("Questions I wasn't sure about"));
        if (questions.Count == 0)
        {
            items.Add(CardLayout.Paragraph(model.KeepDays == 0
                ? "None kept: Privacy:KeepUnansweredDays is 0."
                : $"None asked {model.MinAsks} times or more in the last {Count(model.KeepDays, "day")}."));
        }
        else
        {
            // People's words: one plain run each, never read as Markdown.
            items.AddRange(questions.Select(question => (CardElement)new RichTextBlock
            {
                Spacing = Spacing.Small,
                Inlines = [new TextRun { Text = $"{question.Asked}× — {PlainText.OneLine(question.Text, MaxQuestionLength)}" }],
            }));
        }

        items.Add(CardLayout.Note(model.KeepDays == 0
            ? "Questions I can't answer are not kept."
            : $"Questions I can't answer are kept anonymously for {Count(model.KeepDays, "day")}: without who asked, cut to 200 characters, with mentions, e-mail addresses and digits removed. One shows here once it was asked {model.MinAsks} times."));

        var summary = PlainText.Summary(
            model.Since is null ? "Q&A report: no answers given yet." : $"Q&A report: {Count(answers, "answer")} given, {Count(questions.Count, "question")} I wasn't sure about.",
            CardLimits.MaxSummaryLength);
        return CardLayout.Render(Kind, instanceId, summary, items);
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? noun : noun + "s")}");
}

/// <summary>
/// The report: per topic (most answered first), the questions asked at least <paramref name="MinAsks"/> times that got "I'm
/// not sure" (most asked first), since when answers were counted (null: none yet), and how long such questions are kept.
/// </summary>
public sealed record QaReportCardModel(
    IReadOnlyList<QaReportTopic> Topics,
    IReadOnlyList<QaReportQuestion> Questions,
    DateOnly? Since,
    int KeepDays,
    int MinAsks);

/// <summary>One topic's answers given and how they were rated.</summary>
public sealed record QaReportTopic(string TopicId, string Title, int Answers, int Helpful, int NotHelpful);

/// <summary>A question (as kept: anonymous and cleaned) and how often it was asked.</summary>
public sealed record QaReportQuestion(string Text, int Asked);
