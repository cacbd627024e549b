using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Roles;

/// <summary>
/// The article's words on a roles card, and whose they are: each paragraph in italics between quotation marks (plain
/// runs: the article's text is never read as Markdown), then "— Jean Tower, Role of the Instructional Technology
/// Specialist". A quote that starts or ends inside a sentence gets an ellipsis there.
/// </summary>
public static class ArticleQuote
{
    /// <summary>The citation under every quote.</summary>
    public const string Attribution = "— Jean Tower, Role of the Instructional Technology Specialist";

    private const int MaxParagraphLength = 3000;

    /// <summary>The quote block (empty when there is no text).</summary>
    public static IEnumerable<CardElement> Block(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var paragraph = PlainText.OneLine(paragraphs[i], MaxParagraphLength);
            var open = i == 0 ? (StartsInsideASentence(paragraph) ? "“…" : "“") : "";
            var close = i == paragraphs.Length - 1 ? (EndsInsideASentence(paragraph) ? "…”" : "”") : "";
            yield return new RichTextBlock
            {
                Spacing = i == 0 ? null : Spacing.Small,
                Inlines = [new TextRun { Text = open + paragraph + close, Italic = true }],
            };
        }

        yield return new TextBlock { Text = Attribution, Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small };
    }

    private static bool StartsInsideASentence(string text) => text.Length > 0 && char.IsLower(text[0]);

    private static bool EndsInsideASentence(string text) => text.Length > 0 && text[^1] is not ('.' or '?' or '!' or ':' or '…');
}
