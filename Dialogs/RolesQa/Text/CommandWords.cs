using System.Collections.Frozen;

namespace CoachBot.Dialogs.RolesQa.Text;

/// <summary>
/// The words of CoachBot's own commands, present and planned (support requests, reflections, yearly goals, the
/// weekly nudge): a short message made only of them ("goals", "delete my reflections", "my queue", "export
/// reflections") is a command, never a question for the roles Q&amp;A, even before the command exists.
/// </summary>
internal static class CommandWords
{
    /// <summary>The most words a command has.</summary>
    private const int MaxWords = 4;

    /// <summary>What a command is about: CoachBot's features.</summary>
    private static readonly FrozenSet<string> Subjects = FrozenSet.ToFrozenSet(
        ["reflection", "reflections", "reflect", "goal", "goals", "queue", "request", "requests", "nudge", "nudges", "reminder",
         "reminders", "roster", "settings", "timezone", "calendar"],
        StringComparer.Ordinal);

    /// <summary>What a command does with it, and the little words around.</summary>
    private static readonly FrozenSet<string> Actions = FrozenSet.ToFrozenSet(
        ["delete", "remove", "export", "show", "list", "add", "edit", "create", "new", "view", "open", "clear", "update", "set",
         "see", "check", "download", "undo", "save", "start", "stop", "cancel", "send", "my", "all", "me", "the", "a", "our",
         "latest", "last", "this", "weekly", "pending"],
        StringComparer.Ordinal);

    /// <summary>True for a short message made only of command words, at least one of them a feature: "delete my reflections".</summary>
    public static bool IsCommand(IReadOnlyList<string> words) =>
        words.Count is > 0 and <= MaxWords
        && words.Any(Subjects.Contains)
        && words.All(word => Subjects.Contains(word) || Actions.Contains(word));
}
