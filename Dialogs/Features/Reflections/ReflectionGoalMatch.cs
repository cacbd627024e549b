using System.Collections.Frozen;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.RolesQa.Text;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// Which of a coach's active goals a one-liner's words are about. Both sides are reduced to their content words: the
/// Q&amp;A engine's words (lower case, synonyms applied: "PD" is "professional development", "kids" are "students"),
/// without stop words, everyday and school-life words ("run", "help", "teachers", "class"), numbers and the words every
/// coach's goal shares ("technology", "coaching"), then stemmed ("workshops" and "workshop" meet). A goal matches when
/// the one-liner has at least two of its content words (title and what it counts), or at least half of them (a goal of
/// one or two content words); the goal with the most wins, then the one with the larger part of its words, then the lower
/// number. Pure and thread-safe.
/// </summary>
public static class ReflectionGoalMatch
{
    /// <summary>How many of a goal's content words a one-liner needs (or half of them, when that is fewer).</summary>
    public const int MinimumShared = 2;

    // Words in nearly every goal or reflection of a technology coach: they say nothing about which goal is meant.
    private static readonly FrozenSet<string> CoachingWords = new[]
    {
        "technology", "coach", "coaches", "coached", "coaching", "goal", "goals", "grade", "grades", "year", "years",
        "integration", "integrate", "integrating",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The active goal <paramref name="text"/> is about, or null when none matches.</summary>
    public static GoalChoice? Best(string text, IReadOnlyList<GoalChoice> goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var words = ContentWords(text);
        if (words.Count == 0)
        {
            return null;
        }

        GoalChoice? best = null;
        var (bestShared, bestShare) = (0, 0.0);
        foreach (var goal in goals.Where(goal => goal.IsActive).OrderBy(goal => goal.Id))
        {
            var own = ContentWords(goal.Title + " " + goal.Unit);
            var shared = own.Count(words.Contains);
            if (shared == 0 || (shared < MinimumShared && shared * 2 < own.Count))
            {
                continue;
            }

            var share = (double)shared / own.Count;
            if (shared > bestShared || (shared == bestShared && share > bestShare))
            {
                (best, bestShared, bestShare) = (goal, shared, share);
            }
        }

        return best;
    }

    /// <summary>The stemmed content words of <paramref name="text"/>, each once.</summary>
    public static IReadOnlySet<string> ContentWords(string? text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in TextAnalyzer.Words(text))
        {
            if (word.Length < 2 || word.All(char.IsDigit) || StopWords.Contains(word) || CommonWords.Contains(word) || CoachingWords.Contains(word))
            {
                continue;
            }

            terms.Add(PorterStemmer.Stem(word));
        }

        return terms;
    }
}
