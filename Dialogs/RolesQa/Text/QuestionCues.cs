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

    /// <summary>Words that ask what changed between the lists: dropped, added, kept, replaced, versus.</summary>
    private static readonly FrozenSet<string> Change = FrozenSet.ToFrozenSet(
        ["dropped", "drop", "removed", "added", "changed", "changes", "vs", "versus", "compare", "compared", "comparison",
         "difference", "differences", "differ", "kept", "stayed", "replaced", "merged", "survived", "similar"],
        StringComparer.Ordinal);

    /// <summary>Words that open a question or ask to be told something.</summary>
    public static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        ["what", "whats", "who", "whos", "why", "how", "hows", "when", "where", "which", "whose", "is", "are", "was", "were",
         "do", "does", "did", "can", "could", "should", "would", "will", "has", "have", "may", "might", "must", "shall",
         "isnt", "arent", "dont", "doesnt", "tell", "explain", "describe", "list", "name", "define", "compare"],
        StringComparer.Ordinal);

    /// <summary>Words that may come before the real start of a question ("so", "ok", "hi").</summary>
    public static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
        ["hi", "hello", "hey", "so", "ok", "okay", "please", "pls", "plz", "um", "and", "but", "also", "then", "quick", "question",
         "really", "just", "honestly", "urgent", "urgently", "again"],
        StringComparer.Ordinal);

    /// <summary>After "how do I": verbs of knowing or judging, which ask about something rather than for steps.</summary>
    private static readonly FrozenSet<string> Judging = FrozenSet.ToFrozenSet(
        ["know", "tell", "define", "describe", "explain", "see", "think", "feel", "understand", "decide", "judge", "compare"],
        StringComparer.Ordinal);

    /// <summary>True when the question hints at the past or at change, as questions about 2013 competencies do.</summary>
    public static bool AsksAboutThePast(IReadOnlyList<string> words) => words.Any(PastOrChange.Contains);

    /// <summary>True when the question asks what changed ("what was dropped from the old list?", "old list vs new list").</summary>
    public static bool AsksWhatChanged(IReadOnlyList<string> words) => words.Any(Change.Contains);

    /// <summary>
    /// True when the text is framed as a question or an ask to be told: a question mark, or a question word or
    /// "tell me" / "explain" at the start. "coach stuff" has no frame; "tell me about coaching" has one.
    /// </summary>
    public static bool IsFramedAsQuestion(string text, IReadOnlyList<string> words)
    {
        var first = words.SkipWhile(Fillers.Contains).FirstOrDefault();
        return text.Contains('?', StringComparison.Ordinal) || (first is not null && Openers.Contains(first));
    }

    /// <summary>
    /// True for a how-to: "how to graph…", "how do I share a Google Doc…", "how can we reset…", "how do you screen
    /// record…", "is there a way to share my…", "steps to reset my…". The article describes roles, not steps;
    /// "how do I know…" and "how should I…" are not how-tos.
    /// </summary>
    public static bool AsksHowTo(IReadOnlyList<string> words)
    {
        var mine = words.Any(word => word is "i" or "my" or "we" or "our" or "me" or "us");
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "how" && words[i + 1] == "to")
            {
                return true;
            }

            if (words[i] == "how" && i + 3 < words.Count && words[i + 1] is "do" or "can" or "could" or "would"
                && words[i + 2] is "i" or "we" or "you" or "u" && !Judging.Contains(words[i + 3]))
            {
                return true;
            }

            // "can I embed a video in my slides?": a product question in the first person
            if (i == 0 && words[i] is "can" or "could" && i + 2 < words.Count && words[i + 1] is "i" or "we"
                && !Judging.Contains(words[i + 2]) && words[i + 2] is not ("be" or "ask" or "have" or "get" or "still" or "also"))
            {
                return true;
            }

            // "is there a way to share my slides…", "steps to reset my password"
            if (mine && ((words[i] is "way" or "ways" or "steps" && words[i + 1] == "to") || (words[i] == "step" && words[i + 1] == "by")))
            {
                return true;
            }
        }

        return false;
    }

}
