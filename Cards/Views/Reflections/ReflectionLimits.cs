namespace CoachBot.Cards.Views.Reflections;

/// <summary>What a reflection may hold: the form card shows these limits and the reflections feature enforces them.</summary>
public static class ReflectionLimits
{
    /// <summary>The longest "what happened".</summary>
    public const int MaxTextLength = 2000;

    /// <summary>The longest "what went well" and "next step".</summary>
    public const int MaxNoteLength = 1000;

    /// <summary>The fewest minutes a reflection may log.</summary>
    public const int MinMinutes = 1;

    /// <summary>The most minutes a reflection may log (a full school day, 8 hours).</summary>
    public const int MaxMinutes = 480;
}
