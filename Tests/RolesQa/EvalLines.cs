using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Tests.RolesQa;

/// <summary>One line of the blind-written evaluation set: the text, its accepted ids (any one is right) and its kind.</summary>
public sealed record EvalLine(string Text, IReadOnlyList<string> Labels, string Kind)
{
    public bool OutOfScope => Labels is [TopicIds.None];

    public bool Accepts(string? id) => id is not null && Labels.Contains(id, StringComparer.Ordinal);
}

/// <summary>
/// Reads the evaluation set in Tests/RolesQa/Data/eval (<c>text&lt;TAB&gt;ids&lt;TAB&gt;kind</c>, ids separated by <c>|</c>,
/// first line a header). Tests read only the tuning halves; the report halves are measured by Bench.
/// </summary>
public static class EvalLines
{
    public static IReadOnlyList<EvalLine> Read(string name)
    {
        Assert.Contains(".tuning.", name, StringComparison.Ordinal);
        return [.. File.ReadLines(KnowledgeFixture.DataFile(Path.Combine("eval", name)))
            .Skip(1)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => line.Split('\t'))
            .Select(parts => new EvalLine(parts[0], parts[1].Trim().Split('|'), parts[2].Trim()))];
    }
}
