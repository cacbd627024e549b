namespace CoachBot.Dialogs.Features.Nudges;

/// <summary>What the nudges feature says.</summary>
internal static class NudgeTexts
{
    public const string NotFound = "I can't find that nudge.";

    public const string Private = "Nudges are private — use them in our personal chat.";

    public const string OutOfDate = "This nudge was out of date — here it is as it is now.";

    public const string Paused = "Nudges paused. Type **resume nudges** when you want them again.";

    public const string NudgeTimeUsage =
        "Tell me a school day and a time on your clock, for example **nudge time Friday 14:00** (or **nudge time Monday 8:30**).";

    public const string ForTeachers = "Weekly nudges are for coaches: they keep a coach's yearly goals in view.";
}
