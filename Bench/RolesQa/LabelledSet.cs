namespace CoachBot.Bench.RolesQa;

/// <summary>One line of a question or request set: the text, its accepted labels (any one counts as right) and its kind.</summary>
internal sealed record LabelledItem(string Text, IReadOnlyList<string> Labels, string Kind)
{
    /// <summary>The kind of a two-column line, which has none.</summary>
    public const string NoKind = "";

    /// <summary>The kind of a line that asks two things at once (right when answered with either, or offered both).</summary>
    public const string TwoTopic = "two-topic";

    /// <summary>The labels as written in the file (<c>a|b</c>).</summary>
    public string Label => string.Join('|', Labels);

    public bool Accepts(string? label) => label is not null && Labels.Contains(label, StringComparer.Ordinal);
}

/// <summary>
/// A TSV file of <c>text&lt;TAB&gt;labels[&lt;TAB&gt;kind]</c> lines: labels separated by <c>|</c> are all accepted,
/// the optional kind groups lines in the report. A first line whose label is <c>topic(s)</c>, <c>role(s)</c> or
/// <c>expected</c> is a header.
/// </summary>
internal static class LabelledSet
{
    private static readonly string[] HeaderLabels = ["topic", "topics", "role", "roles", "expected"];

    public static IReadOnlyList<LabelledItem>? Read(string path, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"file not found: {path}");
            return null;
        }

        var rows = new List<LabelledItem>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parts = line.TrimEnd('\r').Split('\t');
            if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Trim().Length == 0)
            {
                error.WriteLine($"{Path.GetFileName(path)}:{lineNumber}: skipped, expected text<TAB>label[<TAB>kind]");
                continue;
            }

            var label = parts[1].Trim();
            if (rows.Count == 0 && HeaderLabels.Contains(label, StringComparer.OrdinalIgnoreCase))
            {
                continue; // header
            }

            var labels = label.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var kind = parts.Length > 2 ? parts[2].Trim() : LabelledItem.NoKind;
            rows.Add(new LabelledItem(parts[0], labels, kind));
        }

        return rows;
    }
}
