using System.Globalization;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>What the goals feature says, in one place.</summary>
public static class GoalsTexts
{
    /// <summary>The article's sentence on yearly goals (quoted as written).</summary>
    public const string PlanQuote =
        "a long-term plan guiding the focus of these specialists and that plan needs to include a very concrete and focused sets of goals for each year";

    /// <summary>The article's reason for focus (Jean Tower, agreeing with Joellen Killion).</summary>
    public const string FocusQuote =
        "heaping too much on the plate of an education coach diffuses the focus and dilutes the impact. One person cannot do it all.";

    /// <summary>What a teacher is told instead of a goal command: what CoachBot does for them.</summary>
    public const string ForTeachers =
        "Yearly goals are for coaches: they plan their school year with them. For you, I answer questions about the ten " +
        "roles of a technology coach — try **what does a mentor do?** — and **help** shows everything I can do. " +
        "If you coach teachers at your school, ask an admin to add you as a coach.";

    /// <summary>The same words for a goal id that does not exist and for one that is another coach's.</summary>
    public static string NotFound(long? id) =>
        (id is { } value ? $"I couldn't find goal #{value.ToString(CultureInfo.InvariantCulture)} among your goals." : "I couldn't find that goal among your goals.")
        + " Type **goals** to see yours with their numbers.";

    public const string OutOfDate = "⚠ That card was out of date, so nothing was changed. Here are your goals as they are now.";

    public const string Private = "Goals are private — I've answered in our personal chat.";

    /// <summary>Why a year's goals matter, for the empty list and the offer.</summary>
    public static string Intro(string yearLabel) =>
        $"The article ends on what a coach needs most: “{PlanQuote}”. Pick up to five goals for {yearLabel}, each " +
        "serving one of the ten roles, with a number to reach or a few milestones. I'll show your progress and pace.";

    /// <summary>The five-goal advice with the quote, when a year has more active goals.</summary>
    public static string FocusNote(int active) =>
        $"⚠ You have {active} active goals. CoachBot advises at most {GoalRules.AdvisedActive} a year: “{FocusQuote}”";

    /// <summary>The question before one more goal past the advice.</summary>
    public static string FocusQuestion(int active, string yearLabel) =>
        $"You already have **{active} active goals** for {yearLabel}. CoachBot advises at most {GoalRules.AdvisedActive} a year. " +
        $"As the article puts it, agreeing with Joellen Killion, “{FocusQuote}”\n\n" +
        "Would you rather finish or archive one first? Or add this goal anyway.";

    public static string FocusHeading(int active) => active == GoalRules.AdvisedActive ? "A sixth goal?" : $"Goal number {active + 1}?";

    public static string FocusButton(int active) => active == GoalRules.AdvisedActive ? "Add a sixth goal" : "Add it anyway";

    public static string TooMany(string yearLabel) =>
        $"You have {GoalRules.MaxActive} active goals for {yearLabel}, the most I keep. Mark one done or archive one first.";

    /// <summary>The confirmation asked on the carry-over card when it would pass the advice.</summary>
    public static string CarryFocusQuestion(int activeAfter, string yearLabel) =>
        $"⚠ That makes **{activeAfter} active goals** for {yearLabel}. CoachBot advises at most {GoalRules.AdvisedActive}: “{FocusQuote}”";
}
