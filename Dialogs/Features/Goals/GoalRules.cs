namespace CoachBot.Dialogs.Features.Goals;

/// <summary>The limits of a goal and of a coach's year of goals.</summary>
public static class GoalRules
{
    /// <summary>CoachBot advises at most this many active goals a year and asks before one more.</summary>
    public const int AdvisedActive = 5;

    /// <summary>Active goals a year can hold at all (a card of more would not stay readable).</summary>
    public const int MaxActive = 10;

    public const int MaxTitleLength = 200;

    public const int MaxUnitLength = 40;

    public const int MaxTarget = 1000;

    /// <summary>The largest number one "log progress" adds or takes away.</summary>
    public const int MaxStep = 1000;

    public const int MaxMilestones = 10;

    public const int MaxMilestoneLength = 150;
}
