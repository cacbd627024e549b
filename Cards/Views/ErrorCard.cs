using CoachBot.Cards.Actions;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views;

/// <summary>A short apology when a turn fails, with a reference to quote when it keeps happening.</summary>
public static class ErrorCard
{
    public const string Kind = "error";

    private const int MaxReferenceLength = 100;

    public static RenderedCard Create(ErrorCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var reference = string.IsNullOrWhiteSpace(model.CorrelationId)
            ? null
            : PlainText.OneLine(model.CorrelationId, MaxReferenceLength);
        var summary = "Sorry, something went wrong. Please try again in a moment.";
        if (reference is not null)
        {
            summary = PlainText.Summary($"{summary} Reference: {reference}", Checks.CardLimits.MaxSummaryLength);
        }

        return CardLayout.Render(
            Kind,
            instanceId,
            summary,
            [
                CardLayout.Heading("Sorry, something went wrong"),
                CardLayout.Paragraph("I couldn't finish that. Please try again in a moment."),
                reference is null
                    ? CardLayout.Note("If it keeps happening, let your coach or IT team know.")
                    : CardLayout.Plain(
                        new TextRun { Text = "If it keeps happening, give your IT team this reference: ", IsSubtle = true, Size = TextSize.Small },
                        new TextRun { Text = reference, FontType = FontType.Monospace, Size = TextSize.Small }),
            ],
            [CardLayout.Button("Help", new RunCommandPayload(Commands.Help), instanceId)]);
    }
}
