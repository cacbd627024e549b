using System.ComponentModel.DataAnnotations;

namespace CoachBot.Dialogs.Features.RolesQa;

/// <summary>What the roles Q&amp;A keeps of people's questions (section <c>Privacy</c>).</summary>
public sealed class QaPrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// Days a question CoachBot could not answer is kept (anonymously, for <c>qa report</c>) after it was asked; 0 keeps none.
    /// </summary>
    [Range(0, 3650)]
    public int KeepUnansweredDays { get; set; } = 90;
}
