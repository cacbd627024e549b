using System.Collections.Frozen;

namespace CoachBot.Dialogs.RolesQa.Text;

/// <summary>Cues in a question's words that say which kind of topic it is about.</summary>
internal static class QuestionCues
{
    /// <summary>Words that place a question in the past or ask what changed ("what happened to", "still", "2013").</summary>
    private static readonly FrozenSet<string> PastOrChange = FrozenSet.ToFrozenSet(
        ["2013", "2014", "was", "were", "did", "had", "used", "happened", "happen", "became", "become", "becomes", "replaced",
         "replace", "replaces", "dropped", "drop", "removed", "remove", "kept", "keep", "stayed", "stay", "survive",
         "survived", "survives", "still", "anymore", "now", "new", "old", "original", "originally", "before", "earlier",
         "previously", "competency", "competencies", "list", "changed", "change", "gone", "went", "go", "turned", "turn",
         "translate", "translated", "merged", "split", "disappeared", "missing", "where"], StringComparer.Ordinal);

    /// <summary>True when the question hints at the past or at change, as questions about 2013 competencies do.</summary>
    public static bool AsksAboutThePast(IReadOnlyList<string> words) => words.Any(PastOrChange.Contains);
}
