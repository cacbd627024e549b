using System.Globalization;
using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.OwnData;

/// <summary>
/// An export shown on a card, when no download link can be made: the newest rows, each as "Column: value" lines.
/// </summary>
/// <param name="Heading">"Your reflections".</param>
/// <param name="Columns">The column headings (the first column's value heads each row).</param>
/// <param name="Rows">Every row, newest first (the card shows as many as fit).</param>
public sealed record ExportRowsCardModel(string Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// <c>export.rows</c>: the newest rows of an export that fit a card (28 KB), with "N of M rows; ask your admin to set
/// Bot:PublicBaseUrl", for when CoachBot has no public address to link a file to. Every value is plain text.
/// </summary>
public static class ExportRowsCard
{
    public const string Kind = "export.rows";

    /// <summary>The setting that makes download links possible (named on the card for the admin).</summary>
    public const string Setting = "Bot:PublicBaseUrl";

    public static RenderedCard Create(ExportRowsCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);

        // The most rows that fit: a card only grows with rows, so the largest count that fits is found by halving.
        var (low, high) = (0, model.Rows.Count);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Build(model, middle, instanceId).Utf8Json.Length <= CardLimits.MaxCardBytes)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return Build(model, low, instanceId);
    }

    /// <summary>How many rows <see cref="Create"/> shows (for tests and the "N of M" line).</summary>
    public static int RowsShown(RenderedCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Card.Body is [Container { Items: { } items }, ..] ? items.Count(item => item is Container { Separator: true }) : 0;
    }

    private static RenderedCard Build(ExportRowsCardModel model, int shown, string instanceId)
    {
        var total = model.Rows.Count;
        var count = string.Create(CultureInfo.InvariantCulture, $"{shown} of {total} rows");
        var body = new List<CardElement>
        {
            CardLayout.Heading(model.Heading),
            CardLayout.Paragraph(total == 0
                ? "Nothing to show."
                : $"{count}, newest first; ask your admin to set {Setting} to get them all as a file to download."),
        };
        foreach (var row in model.Rows.Take(shown))
        {
            var lines = new List<CardElement> { CardLayout.Plain(CardLayout.Bold(Cell(row, 0))) };
            for (var column = 1; column < model.Columns.Count; column++)
            {
                if (Cell(row, column) is { Length: > 0 } value)
                {
                    lines.Add(new RichTextBlock
                    {
                        Spacing = Spacing.None,
                        Inlines = [CardLayout.Run(model.Columns[column] + ": "), CardLayout.Run(value)],
                    });
                }
            }

            body.Add(new Container { Separator = true, Spacing = Spacing.Medium, Items = lines });
        }

        if (shown < total)
        {
            body.Add(CardLayout.Note($"Only the newest fit on a card. {Setting} is the address where people's browsers reach CoachBot; with it, you get a one-time download link instead."));
        }

        return CardLayout.Render(Kind, instanceId, PlainText.Summary($"{model.Heading}: {count}", CardLimits.MaxSummaryLength), body);
    }

    private static string Cell(IReadOnlyList<string> row, int column) => column < row.Count ? row[column] : string.Empty;
}
