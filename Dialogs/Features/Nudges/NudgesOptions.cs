using System.ComponentModel.DataAnnotations;

namespace CoachBot.Dialogs.Features.Nudges;

/// <summary>The weekly nudges' settings (section <c>Nudges</c>).</summary>
public sealed class NudgesOptions
{
    public const string SectionName = "Nudges";

    /// <summary>When a nudge comes on its day, on the coach's own clock, until they choose (default 08:00).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:00")]
    public TimeSpan DefaultTime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// How long a sender holds a nudge it claimed before another may take it over (default 2 minutes). A sender that
    /// crashed before the connector answered leaves its claim; the nudge is sent after the claim runs out.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Live replies go first (default 0.5): while a reply in a turn went in the last 10 seconds, nudges only take a slot
    /// of the tenant's rate budget while live replies used less than (1 − this) of it over those 10 s, and only up to this
    /// share of each second's budget, so live replies always find the rest free. 10 s after the last live reply, nudges
    /// use the whole budget. 0 or 1 make nudges wait for 10 s without a live reply.
    /// </summary>
    [Range(0.0, 1.0)]
    public double ShareOfBudgetWhileBusy { get; set; } = 0.5;
}
