namespace CoachBot.Cards.Checks;

/// <summary>The limits every CoachBot card keeps (protocol.md §6.3, §7).</summary>
public static class CardLimits
{
    /// <summary>
    /// The largest card: 28 KB of compact UTF-8 JSON (CoachBot's target, well under Teams' ~100 KB activity
    /// limit; also the Graph/webhook limit).
    /// </summary>
    public const int MaxCardBytes = 28 * 1024;

    /// <summary>Teams shows this many primary actions; more go to the overflow menu.</summary>
    public const int MaxPrimaryActions = 6;

    /// <summary>The longest plain-text summary (notification preview, activity <c>summary</c>).</summary>
    public const int MaxSummaryLength = 200;

    /// <summary>The longest button title.</summary>
    public const int MaxButtonTitleLength = 80;
}
