using CoachBot.Cards.Views.Roles;

namespace CoachBot.Dialogs.Features.Goals;

/// <summary>
/// Something a goal can serve: one of the ten roles of the technology integration coach, or one of the six tasks the
/// article's author adds to the role. Each task is mapped to the role whose work it is, so a goal always counts for a role
/// (reflections and the digest count by role).
/// </summary>
/// <param name="Id">A role's topic id (<c>role.mentor</c>) or a task id (<c>task.workshops</c>).</param>
/// <param name="Title">What the coach reads.</param>
/// <param name="RoleId">The role it counts for (the id itself for a role).</param>
/// <param name="Why">For a task: why it belongs to that role.</param>
/// <param name="SuggestedTitle">For a task: a goal title to start from.</param>
public sealed record GoalServesOption(string Id, string Title, string RoleId, string? Why = null, string? SuggestedTitle = null)
{
    public bool IsTask => Id.StartsWith(GoalServes.TaskPrefix, StringComparison.Ordinal);
}

/// <summary>The ten roles and the article's six added tasks a goal can serve.</summary>
public static class GoalServes
{
    public const string TaskPrefix = "task.";

    /// <summary>The ten roles of the 2014 list, in the article's order.</summary>
    public static IReadOnlyList<GoalServesOption> Roles { get; } =
    [
        new(TopicIds.DataCoach, "Data Coach", TopicIds.DataCoach),
        new(TopicIds.ResourceProvider, "Resource Provider", TopicIds.ResourceProvider),
        new(TopicIds.Mentor, "Mentor", TopicIds.Mentor),
        new(TopicIds.CurriculumSpecialist, "Curriculum Specialist", TopicIds.CurriculumSpecialist),
        new(TopicIds.InstructionalSpecialist, "Instructional Specialist", TopicIds.InstructionalSpecialist),
        new(TopicIds.ClassroomSupporter, "Classroom Supporter", TopicIds.ClassroomSupporter),
        new(TopicIds.LearningFacilitator, "Learning Facilitator", TopicIds.LearningFacilitator),
        new(TopicIds.SchoolLeader, "School Leader", TopicIds.SchoolLeader),
        new(TopicIds.CatalystForChange, "Catalyst for Change", TopicIds.CatalystForChange),
        new(TopicIds.Learner, "Learner", TopicIds.Learner),
    ];

    /// <summary>
    /// The six tasks Jean Tower adds ("My Additions/Deletions"), in her order, each mapped to the role whose work it is.
    /// </summary>
    public static IReadOnlyList<GoalServesOption> Tasks { get; } =
    [
        new("task.lead-implementation", "Lead classroom technology and school and district tech planning", TopicIds.SchoolLeader,
            "leading the implementation and taking part in school and district planning is a school leader's work",
            "Lead the rollout of one classroom technology and join the school's tech planning"),
        new("task.workshops", "Workshops and PD for staff, parents and the community", TopicIds.LearningFacilitator,
            "running adult learning is the learning facilitator's role, which took over 2013's \"provide professional development\"",
            "Run technology workshops for staff, parents and the community"),
        new("task.new-tools", "Encourage new tools, apps and social media", TopicIds.CatalystForChange,
            "bringing in new tools is innovation, and 2013's \"innovate\" became the catalyst for change",
            "Help teachers try new tools, apps and social media for teaching and for their own learning"),
        new("task.online-library", "An online library of resources and support documents", TopicIds.ResourceProvider,
            "finding and sharing resources is the resource provider's role",
            "Build and keep an online library of resources and support documents"),
        new("task.showcase", "Showcase and promote best practice in tech integration", TopicIds.CatalystForChange,
            "showing what works is how a catalyst spreads change beyond a few classrooms",
            "Organize showcases of best practice in technology integration"),
        new("task.evaluate-programs", "Assess and evaluate technology programs and use", TopicIds.DataCoach,
            "evaluating programs means gathering and reading evidence, the data coach's skill",
            "Take part in evaluating one technology program and how it is used"),
    ];

    /// <summary>Everything a goal can serve: the roles, then the tasks.</summary>
    public static IReadOnlyList<GoalServesOption> All { get; } = [.. Roles, .. Tasks];

    /// <summary>The option with this id, or null.</summary>
    public static GoalServesOption? Find(string? id) => id is null ? null : All.FirstOrDefault(option => option.Id == id);

    /// <summary>The role an id counts for ("role.mentor" for itself, "role.learning-facilitator" for "task.workshops"); null when unknown.</summary>
    public static string? RoleOf(string? id) => Find(id)?.RoleId;

    /// <summary>What the coach reads: "Mentor", or "Workshops and PD for … (Learning Facilitator)".</summary>
    public static string Describe(string id)
    {
        if (Find(id) is not { } option)
        {
            return "(no longer known)";
        }

        return option.IsTask ? $"{option.Title} ({Find(option.RoleId)!.Title})" : option.Title;
    }
}
