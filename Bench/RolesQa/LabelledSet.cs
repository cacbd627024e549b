namespace CoachBot.Bench.RolesQa;

/// <summary>A TSV file of <c>text&lt;TAB&gt;label</c> lines; a first line whose label is <c>topic</c> or <c>role</c> is a header.</summary>
internal static class LabelledSet
{
    public static IReadOnlyList<(string Text, string Label)>? Read(string path, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"file not found: {path}");
            return null;
        }

        var rows = new List<(string, string)>();
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
                error.WriteLine($"{Path.GetFileName(path)}:{lineNumber}: skipped, expected text<TAB>label");
                continue;
            }

            var label = parts[1].Trim();
            if (rows.Count == 0 && label is "topic" or "role" or "expected")
            {
                continue; // header
            }

            rows.Add((parts[0], label));
        }

        return rows;
    }
}
