namespace CoachBot.Cards.Text;

/// <summary>
/// The Markdown subset CoachBot's own texts use: paragraphs separated by blank lines, and <c>- </c> bullet
/// lists. Inline bold/italic/links pass through to the card (Teams renders them). Lines of a paragraph are
/// joined with spaces, as Markdown does.
/// </summary>
public static class MarkdownSubset
{
    /// <summary>The blocks of <paramref name="markdown"/>, in order; blank input gives none.</summary>
    public static IReadOnlyList<MarkdownBlock> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var blocks = new List<MarkdownBlock>();
        var paragraph = new List<string>();
        var list = new List<string>();

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new MarkdownBlock(false, [string.Join(' ', paragraph)]));
                paragraph.Clear();
            }

            if (list.Count > 0)
            {
                blocks.Add(new MarkdownBlock(true, [.. list]));
                list.Clear();
            }
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
                if (paragraph.Count > 0)
                {
                    Flush();
                }

                list.Add(line[2..].Trim());
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

    /// <summary>A block as TextBlock text: a paragraph as is, a list as <c>- item</c> lines joined by <c>\n</c>.</summary>
    public static string ToCardText(MarkdownBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.IsList ? string.Join('\n', block.Lines.Select(line => "- " + line)) : block.Lines[0];
    }
}
