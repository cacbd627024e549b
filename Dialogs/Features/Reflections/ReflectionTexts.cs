using System.Globalization;
using CoachBot.Cards.Views.Reflections;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>What the reflections feature says, in one place.</summary>
public static class ReflectionTexts
{
    /// <summary>The answer to a reflection command or button in a group chat or channel (the words are never echoed).</summary>
    public const string PrivateHere = "Reflections are private \u2014 send this to me in our personal chat.";

    /// <summary>What someone who is not a coach is told instead.</summary>
    public const string ForTeachers =
        "Reflections are for coaches: a private log of their coaching work across the ten roles. " +
        "For you, I answer questions about what technology coaches do \u2014 try **what does a mentor do?** or **roles** \u2014 " +
        "and **help** shows everything I can do for you. If you coach teachers at your school, ask an admin to add you as a coach.";

    public const string NotFound = "I couldn't find that reflection \u2014 it may have been undone or deleted.";

    public const string TextMissing =
        "Tell me what happened too \u2014 for example **reflect: modeled Padlet with the grade 4 team, 20 min**. Nothing was saved.";

    public const string FormTextMissing = "Please write what happened \u2014 it's the one thing a reflection needs. Nothing was saved yet.";

    public const string DivertedNeedsMinutes =
        "Diverted time needs its minutes (1 to 480) \u2014 fill in **Minutes spent** and press Save again. Nothing was saved yet.";

    public static readonly string MinutesRange = string.Create(
        CultureInfo.InvariantCulture, $"{ReflectionLimits.MinMinutes} to {ReflectionLimits.MaxMinutes} (8 hours)");

    /// <summary>A one-liner whose text is over the limit (its length is named, its words are not echoed).</summary>
    public static string OneLinerTooLong(int length) => string.Create(
        CultureInfo.InvariantCulture,
        $"A reflection can be up to {ReflectionLimits.MaxTextLength:#,0} characters; that one has {length:#,0}. Nothing was saved \u2014 shorten it, or type **reflect** for the form.");

    public static string FormTextTooLong(int length) => string.Create(
        CultureInfo.InvariantCulture,
        $"What happened can be up to {ReflectionLimits.MaxTextLength:#,0} characters; yours has {length:#,0}. Please shorten it and press Save again. Nothing was saved yet.");

    public static string NoteTooLong(string field, int length) => string.Create(
        CultureInfo.InvariantCulture,
        $"{field} can be up to {ReflectionLimits.MaxNoteLength:#,0} characters; yours has {length:#,0}. Please shorten it and press Save again. Nothing was saved yet.");

    /// <summary>Minutes out of range in a one-liner: the range is named and nothing is saved.</summary>
    public static string OneLinerMinutesOutOfRange(string typed) =>
        $"Minutes must be from {MinutesRange}; you wrote \u201c{Quote(typed)}\u201d. Nothing was saved \u2014 send it again with the minutes in that range, or without them.";

    /// <summary>Minutes the form could not take.</summary>
    public static string FormMinutesInvalid(string typed) =>
        $"Minutes spent must be a whole number from {MinutesRange}; \u201c{Quote(typed)}\u201d isn't. Change it (or leave it empty) and press Save again. Nothing was saved yet.";

    public static string UnknownRole(string typed) =>
        $"I don't know the role \u201c{Quote(typed)}\u201d. Pick the roles from the list and press Save again. Nothing was saved yet.";

    /// <summary>The form's goal is none of the coach's active goals (a forged form, or a goal done or archived since).</summary>
    public const string FormGoalNotFound =
        "I couldn't find that goal among your active goals \u2014 it may be done or archived. Pick one from the list (or **No goal**) and press Save again. Nothing was saved yet.";

    /// <summary>"Link to goal" found no active goal of the presser with that number (in the same words whoever's it is).</summary>
    public static string GoalNotFound(long goalId) => string.Create(
        CultureInfo.InvariantCulture,
        $"I couldn't find an active goal #{goalId} of yours \u2014 it may be done or archived. The reflection is saved as it was; type **goals** to see your goals, or press Edit to pick one.");

    public const string DivertedNotLinked = "Diverted time isn't linked to goals \u2014 only coaching reflections are.";

    private static string Quote(string typed)
    {
        var oneLine = string.Join(' ', typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var shortened = oneLine.Length <= 40 ? oneLine : oneLine[..40] + "\u2026";
        return shortened.Replace("*", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace("[", string.Empty, StringComparison.Ordinal).Replace("<", string.Empty, StringComparison.Ordinal);
    }
}
