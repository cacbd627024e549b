using CoachBot.Cards.Views.Roles;
using System.Collections.Frozen;
using CoachBot.Dialogs.RolesQa.Text;

namespace CoachBot.Dialogs.RolesQa;

/// <summary>
/// Recognises short follow-ups that only make sense after a previous answer: "tell me more", "what about in
/// 2013?", "and the mentor?". Works on words, so punctuation and case do not matter.
/// </summary>
internal static class FollowUpResolver
{
    private const int MaxFollowUpWords = 8;

    private static readonly FrozenSet<string> MoreSignals = FrozenSet.ToFrozenSet(
        ["more", "elaborate", "expand", "continue", "on", "further", "else", "details", "detail", "deeper", "why"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> MoreFiller = FrozenSet.ToFrozenSet(
        ["please", "can", "could", "would", "you", "tell", "me", "us", "a", "bit", "little", "some", "about", "it", "that", "this",
         "them", "the", "role", "topic", "go", "keep", "going", "say", "info", "information", "anything", "what", "and", "ok", "okay",
         "yes", "sure", "explain", "give", "i", "want", "to", "know", "like", "any", "there", "is", "on"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> YearFiller = FrozenSet.ToFrozenSet(
        ["and", "what", "how", "about", "in", "was", "were", "is", "it", "that", "this", "the", "list", "back", "then", "version",
         "year", "like", "so", "but", "did", "does", "look", "looked", "on", "of", "there", "they", "role", "its", "for", "same",
         "called", "which", "one", "competency", "before", "by"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Signals2013 = FrozenSet.ToFrozenSet(
        ["2013", "originally", "earlier", "previously", "old", "older", "original"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Signals2014 = FrozenSet.ToFrozenSet(
        ["2014", "now", "today", "currently", "newer"], StringComparer.Ordinal);

    private static readonly string[][] EllipsisOpeners =
    [
        ["and", "what", "about"], ["and", "how", "about"], ["what", "about"], ["how", "about"], ["what", "of"],
        ["and", "for"], ["same", "for"], ["and"],
    ];

    /// <summary>"tell me more", "more", "go on", "what else?", "why?"</summary>
    public static bool IsMore(IReadOnlyList<string> words) =>
        words.Count is > 0 and <= MaxFollowUpWords
        && words.Any(MoreSignals.Contains)
        && words.All(word => MoreSignals.Contains(word) || MoreFiller.Contains(word))
        && !(words.Count == 1 && words[0] == "on");

    /// <summary>"what about in 2013?", "and now?": the year asked for, or null.</summary>
    public static int? AskedYear(IReadOnlyList<string> words)
    {
        if (words.Count is 0 or > MaxFollowUpWords)
        {
            return null;
        }

        var asks2013 = false;
        var asks2014 = false;
        foreach (var word in words)
        {
            if (Signals2013.Contains(word))
            {
                asks2013 = true;
            }
            else if (Signals2014.Contains(word))
            {
                asks2014 = true;
            }
            else if (!YearFiller.Contains(word))
            {
                return null;
            }
        }

        return asks2013 == asks2014 ? null : asks2013 ? 2013 : 2014;
    }

    /// <summary>"and the mentor?", "what about the learner?": the words after the opener, or null.</summary>
    public static string? EllipticalRemainder(IReadOnlyList<string> words)
    {
        if (words.Count > MaxFollowUpWords)
        {
            return null;
        }

        foreach (var opener in EllipsisOpeners)
        {
            if (words.Count > opener.Length && words.Take(opener.Length).SequenceEqual(opener, StringComparer.Ordinal))
            {
                return string.Join(' ', words.Skip(opener.Length));
            }
        }

        return null;
    }

    /// <summary>The topic a year follow-up leads to from <paramref name="previous"/>.</summary>
    public static string YearTarget(KnowledgeTopic previous, int year, KnowledgeBase knowledge)
    {
        if (year == 2013)
        {
            return previous.Kind == TopicKind.Role && previous.Origin2013TopicId is { } origin
                ? origin
                : TopicIds.Competencies2013;
        }

        if (previous.Kind == TopicKind.Competency2013)
        {
            var successor = knowledge.Topics.FirstOrDefault(topic =>
                topic.Kind == TopicKind.Role && topic.Origin2013TopicId == previous.Id);
            if (successor is not null)
            {
                return successor.Id;
            }
        }

        return previous.Kind == TopicKind.Role ? previous.Id : TopicIds.Roles2014;
    }

    public static List<string> Words(string question) => TextAnalyzer.Words(question);
}
