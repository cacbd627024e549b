using System.ComponentModel.DataAnnotations;

namespace CoachBot.Dialogs.School;

/// <summary>
/// What CoachBot keeps and shows of people (section <c>Privacy</c>): how long the roles Q&amp;A keeps unanswered questions,
/// and the smallest group the team view shows a figure for.
/// </summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// Days a question CoachBot could not answer is kept (anonymously, for <c>qa report</c>) after it was asked; 0 keeps none.
    /// </summary>
    [Range(0, 3650)]
    public int KeepUnansweredDays { get; set; } = 90;

    /// <summary>
    /// The team view shows a figure only when it is built from at least this many people (coaches for reflections,
    /// teachers for requests); a smaller group's figure reads "fewer than 5".
    /// </summary>
    [Range(2, 100)]
    public int MinimumGroupSize { get; set; } = 5;
}
