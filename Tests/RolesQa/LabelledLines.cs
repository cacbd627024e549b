namespace CoachBot.Tests.RolesQa;

/// <summary>Reads <c>text&lt;TAB&gt;label</c> files (first line a header).</summary>
public static class LabelledLines
{
    public static IReadOnlyList<(string Text, string Label)> Read(string path) =>
        [.. File.ReadLines(path)
            .Skip(1)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], parts[1].Trim()))];
}
