using System.ComponentModel.DataAnnotations;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>How long requests may wait before CoachBot follows them up (section <c>Requests</c>), in school days.</summary>
public sealed class RequestsOptions
{
    public const string SectionName = "Requests";

    /// <summary>
    /// School days an open request waits for a Claim before the coaches who did not pass are reminded; after as many
    /// more it goes to the lead coaches who cover the school (else all lead coaches, else the admins).
    /// </summary>
    [Range(1, 60)]
    public int ClaimWithinSchoolDays { get; set; } = 2;

    /// <summary>School days a claimed request may go without Done before its coach is reminded (once).</summary>
    [Range(1, 200)]
    public int DoneWithinSchoolDays { get; set; } = 10;
}
