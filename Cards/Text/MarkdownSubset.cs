using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachBot.Cards.Text;

/// <summary>
/// The Markdown subset CoachBot's own texts use: paragraphs separated by blank lines, <c>- </c> bullet lists and
/// <c>1. </c> numbered lists. Inline bold/italic/links pass through to the card (Teams renders them). Lines of a
/// paragraph are joined with spaces, as Markdown does; each list item stays on a line of its own, so Teams shows
/// the list as a list (a numbered list joined into a paragraph ran together as "1. … 2. … 3. …").
/// </summary>
public static partial class MarkdownSubset
{
    /// <summary>The blocks of <paramref name="markdown"/>, in order; blank input gives none.</summary>
    public static IReadOnlyList<MarkdownBlock> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var blocks = new List<MarkdownBlock>();
        var paragraph = new List<string>();
        var list = new List<string>();
        int? start = null;

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new MarkdownBlock(false, [string.Join(' ', paragraph)]));
                paragraph.Clear();
            }

            if (list.Count > 0)
            {
                blocks.Add(new MarkdownBlock(true, [.. list], start));
                list.Clear();
            }

            start = null;
        }

        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                if (paragraph.Count > 0 || start is not null)
                {
                    Flush();
                }

                list.Add(line[2..].Trim());
            }
            else if (NumberedItem().Match(line) is { Success: true } numbered)
            {
                if (paragraph.Count > 0 || (list.Count > 0 && start is null))
                {
                    Flush();
                }

                start ??= int.Parse(numbered.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
                list.Add(numbered.Groups["text"].Value.Trim());
            }
            else if (list.Count > 0)
            {
                // A continuation line of the last bullet.
                list[^1] = list[^1] + " " + line;
            }
            else
            {
                paragraph.Add(line);
            }
        }

        Flush();
        return blocks;
    }

    /// <summary>
    /// A block as TextBlock text: a paragraph as is, a list as <c>- item</c> (or <c>1. item</c>) lines joined by <c>\n</c>.
    /// </summary>
    public static string ToCardText(MarkdownBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (!block.IsList)
        {
            return block.Lines[0];
        }

        return block.Start is { } first
            ? string.Join('\n', block.Lines.Select((line, i) => $"{first + i}. {line}"))
            : string.Join('\n', block.Lines.Select(line => "- " + line));
    }

    [GeneratedRegex(@"^(?<n>\d{1,9})[.)]\s+(?<text>\S.*)$")]
    private static partial Regex NumberedItem();
}
