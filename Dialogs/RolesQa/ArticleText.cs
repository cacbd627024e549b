using System.Text;

namespace CoachBot.Dialogs.RolesQa;

/// <summary>
/// Compares the knowledge's quotes with the article (Jean Tower, <i>Role of the Instructional Technology Specialist</i>):
/// a quote must appear in it word for word, where a run of whitespace counts as one space and typographic quotes
/// count as straight ones (‘’ as ', “” as ").
/// </summary>
public static class ArticleText
{
    /// <summary>Who wrote the article and its title, as an answer card cites it.</summary>
    public const string Author = "Jean Tower";

    public const string Title = "Role of the Instructional Technology Specialist";

    /// <summary><paramref name="text"/> with whitespace runs as one space, typographic quotes as straight ones, trimmed.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="quote"/> appears in <paramref name="text"/>, normalised as <see cref="Normalize"/> does.</summary>
    public static bool Contains(string text, string quote) =>
        Normalize(text).Contains(Normalize(quote), StringComparison.Ordinal);

    /// <summary>
    /// Every topic whose quote or passage is not in <paramref name="article"/> word for word, as one problem per topic and part
    /// (named by its file, like the other checks of the knowledge folder).
    /// </summary>
    public static IReadOnlyList<string> CheckQuotes(IEnumerable<KnowledgeTopic> topics, string article, string articleName)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(article);
        var normalized = Normalize(article);
        var problems = new List<string>();
        foreach (var topic in topics.OrderBy(topic => topic.SourceFile, StringComparer.Ordinal))
        {
            if (!normalized.Contains(Normalize(topic.Quote), StringComparison.Ordinal))
            {
                problems.Add($"{topic.SourceFile}: the quote is not word for word in the article ({articleName}): \"{Shorten(topic.Quote)}\".");
            }

            if (topic.Passage is { } passage && !normalized.Contains(Normalize(passage), StringComparison.Ordinal))
            {
                problems.Add($"{topic.SourceFile}: the section '## From the article' is not word for word in the article ({articleName}): \"{Shorten(passage)}\".");
            }
        }

        return problems;
    }

    private static string Shorten(string text)
    {
        var oneLine = Normalize(text);
        return oneLine.Length <= 80 ? oneLine : oneLine[..80] + "…";
    }
}
