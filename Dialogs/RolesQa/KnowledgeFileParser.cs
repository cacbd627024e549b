namespace CoachBot.Dialogs.RolesQa;

/// <summary>
/// Reads one topic file: a <c>---</c> header of <c>key: value</c> lines and <c>- item</c> lists, then the
/// answer in Markdown with the optional sections <c>## In 2013</c>, <c>## Author's view</c> and <c>## From the article</c>
/// (format documented in Knowledge/README.md). Problems are collected, never thrown.
/// </summary>
internal static class KnowledgeFileParser
{
    private const string Fence = "---";
    private const string Origin2013Heading = "in 2013";
    private const string AuthorViewHeading = "author's view";
    private const string PassageHeading = "from the article";

    private static readonly string[] ScalarKeys = ["id", "title", "kind", "origin2013", "quote"];
    private static readonly string[] ListKeys = ["alternates", "keywords", "requests", "related", "additions"];

    /// <summary>The topic of one file, or null when it has no id; its problems are added to <paramref name="problems"/>.</summary>
    public static KnowledgeTopic? Parse(string fileName, string content, List<string> problems)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = 0;
        while (start < lines.Length && string.IsNullOrWhiteSpace(lines[start]))
        {
            start++;
        }

        if (start == lines.Length || lines[start].Trim() != Fence)
        {
            problems.Add($"{fileName}: the file must start with a '---' header (id, title, kind, ...).");
            return null;
        }

        var end = Array.FindIndex(lines, start + 1, line => line.Trim() == Fence);
        if (end < 0)
        {
            problems.Add($"{fileName}: the header opened by '---' on line {start + 1} is never closed by a '---' line.");
            return null;
        }

        var header = ParseHeader(fileName, lines, start + 1, end, problems);
        var body = ParseBody(lines.AsSpan(end + 1));

        var id = Scalar(header, "id");
        var title = Scalar(header, "title");
        var kindText = Scalar(header, "kind");
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add($"{fileName}: the header has no 'id'.");
        }
        else if (!string.Equals(fileName, id + ".md", StringComparison.Ordinal))
        {
            problems.Add($"{fileName}: the id '{id}' does not match the file name (expected '{id}.md').");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add($"{fileName}: the title is empty.");
        }

        TopicKind kind = TopicKind.General;
        if (kindText is not null && !TryParseKind(kindText, out kind))
        {
            problems.Add($"{fileName}: unknown kind '{kindText}' (use role, competency2013 or general).");
        }

        if (string.IsNullOrWhiteSpace(body.Answer))
        {
            problems.Add($"{fileName}: the answer is empty (write it below the header).");
        }

        var quote = Scalar(header, "quote");
        if (string.IsNullOrWhiteSpace(quote))
        {
            problems.Add($"{fileName}: the header has no 'quote' (the article's words this answer draws on, copied exactly).");
        }
        else if (body.Passage is { } passage && !ArticleText.Contains(passage, quote))
        {
            problems.Add($"{fileName}: the quote is not part of the section '## From the article' (the passage it is taken from).");
        }

        var additions = new List<int>();
        foreach (var item in List(header, "additions"))
        {
            if (int.TryParse(item, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                additions.Add(number);
            }
            else
            {
                problems.Add($"{fileName}: 'additions' lists task numbers of author.additions (1, 2, …), not '{item}'.");
            }
        }

        // A topic with an id is returned even when it has problems, so that the checks across files
        // (duplicates, related ids, missing topics) do not report it a second time as absent.
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        return new KnowledgeTopic
        {
            Id = id,
            Title = title ?? "",
            Kind = kind,
            Alternates = List(header, "alternates"),
            Keywords = List(header, "keywords"),
            Requests = List(header, "requests"),
            Related = List(header, "related"),
            Origin2013TopicId = Scalar(header, "origin2013"),
            Answer = body.Answer,
            Origin2013 = body.Origin2013,
            AuthorView = body.AuthorView,
            Quote = quote?.Trim() ?? "",
            Passage = body.Passage,
            AdditionTasks = additions,
            SourceFile = fileName,
        };
    }

    private static Dictionary<string, List<string>> ParseHeader(
        string fileName, string[] lines, int from, int to, List<string> problems)
    {
        var header = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string? listKey = null;
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-")
            {
                if (listKey is null)
                {
                    problems.Add($"{fileName}: line {i + 1}: a '- item' line must follow a list key (alternates, keywords, requests, related).");
                    continue;
                }

                var item = trimmed[1..].Trim();
                if (item.Length > 0)
                {
                    header[listKey].Add(item);
                }

                continue;
            }

            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problems.Add($"{fileName}: line {i + 1}: expected 'key: value' or '- item', found '{trimmed}'.");
                listKey = null;
                continue;
            }

            var key = trimmed[..colon].Trim().ToLowerInvariant();
            var value = trimmed[(colon + 1)..].Trim();
            listKey = null;
            var isList = ListKeys.Contains(key);
            if (!isList && !ScalarKeys.Contains(key))
            {
                problems.Add($"{fileName}: line {i + 1}: unknown header key '{key}' (known: {string.Join(", ", ScalarKeys.Concat(ListKeys))}).");
                continue;
            }

            if (header.ContainsKey(key))
            {
                problems.Add($"{fileName}: line {i + 1}: the key '{key}' appears twice.");
                continue;
            }

            var values = new List<string>();
            header[key] = values;
            if (isList)
            {
                listKey = key;
                // An inline list: comma-separated, except for alternates, whose questions may hold commas.
                if (value.Length > 0)
                {
                    values.AddRange(key == "alternates"
                        ? [value]
                        : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
            }
            else if (value.Length > 0)
            {
                values.Add(value);
            }
        }

        return header;
    }

    private static (string Answer, string? Origin2013, string? AuthorView, string? Passage) ParseBody(ReadOnlySpan<string> lines)
    {
        var answer = new List<string>();
        var origin = new List<string>();
        var author = new List<string>();
        var passage = new List<string>();
        var current = answer;
        foreach (var line in lines)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var heading = line[3..].Trim().Replace('\u2019', '\'').ToLowerInvariant();
                if (heading == Origin2013Heading)
                {
                    current = origin;
                    continue;
                }

                if (heading is AuthorViewHeading or "authors view")
                {
                    current = author;
                    continue;
                }

                if (heading == PassageHeading)
                {
                    current = passage;
                    continue;
                }
            }

            current.Add(line);
        }

        return (Join(answer) ?? "", Join(origin), Join(author), Join(passage));
    }

    private static string? Join(List<string> lines)
    {
        var text = string.Join('\n', lines).Trim();
        return text.Length == 0 ? null : text;
    }

    private static string? Scalar(Dictionary<string, List<string>> header, string key) =>
        header.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;

    private static string[] List(Dictionary<string, List<string>> header, string key) =>
        header.TryGetValue(key, out var values) ? [.. values] : [];

    private static bool TryParseKind(string text, out TopicKind kind)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "role":
                kind = TopicKind.Role;
                return true;
            case "competency2013":
                kind = TopicKind.Competency2013;
                return true;
            case "general":
                kind = TopicKind.General;
                return true;
            default:
                kind = TopicKind.General;
                return false;
        }
    }
}
