namespace CoachBot.Cards.Views.Roles;

/// <summary>
/// The topic ids of the roles Q&amp;A: a contract with the question sets, the evaluation commands and the
/// cards (shared/knowledge/topics.md). The one list of them: cards link to them, and the knowledge folder must hold a
/// file for every id in <see cref="Required"/> (it may add more topics).
/// </summary>
public static class TopicIds
{
    public const string DataCoach = "role.data-coach";
    public const string ResourceProvider = "role.resource-provider";
    public const string Mentor = "role.mentor";
    public const string CurriculumSpecialist = "role.curriculum-specialist";
    public const string InstructionalSpecialist = "role.instructional-specialist";
    public const string ClassroomSupporter = "role.classroom-supporter";
    public const string LearningFacilitator = "role.learning-facilitator";
    public const string SchoolLeader = "role.school-leader";
    public const string CatalystForChange = "role.catalyst-for-change";
    public const string Learner = "role.learner";

    public const string Collaborate2013 = "comp2013.collaborate";
    public const string FindShareResources2013 = "comp2013.find-share-resources";
    public const string Innovate2013 = "comp2013.innovate";
    public const string ContinueToLearn2013 = "comp2013.continue-to-learn";
    public const string ProfessionalDevelopment2013 = "comp2013.professional-development";
    public const string DigitalCitizenship2013 = "comp2013.digital-citizenship";
    public const string Communicate2013 = "comp2013.communicate";

    public const string Roles2014 = "overview.roles-2014";
    public const string Competencies2013 = "overview.competencies-2013";
    public const string Compare = "compare.2013-vs-2014";
    public const string AuthorDeletions = "author.deletions";
    public const string AuthorAdditions = "author.additions";
    public const string SupportingCompetencies = "competencies.supporting";
    public const string SkillsRequired = "skills.required";
    public const string StaffingTeams = "staffing.teams";
    public const string LongTermPlan = "plan.long-term";
    public const string IsteStandards = "standards.iste";
    public const string RoleEvolution = "role.evolution";
    public const string Sources = "about.sources";

    /// <summary>The expected topic of a question the knowledge does not answer.</summary>
    public const string None = "none";

    /// <summary>The ten roles of the 2014 list, in the article's order (reflections route over all ten).</summary>
    public static IReadOnlyList<string> AllRoles { get; } =
    [
        DataCoach, ResourceProvider, Mentor, CurriculumSpecialist, InstructionalSpecialist,
        ClassroomSupporter, LearningFacilitator, SchoolLeader, CatalystForChange, Learner,
    ];

    /// <summary>The nine roles a teacher's support request can be routed to: every role but the learner.</summary>
    public static IReadOnlyList<string> RoutableRoles { get; } = [.. AllRoles.Where(id => id != Learner)];

    /// <summary>The seven competencies of the 2013 list, in the article's order.</summary>
    public static IReadOnlyList<string> Competencies { get; } =
    [
        Collaborate2013, FindShareResources2013, Innovate2013, ContinueToLearn2013,
        ProfessionalDevelopment2013, DigitalCitizenship2013, Communicate2013,
    ];

    /// <summary>Every topic the knowledge folder must contain (29 ids).</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        .. AllRoles,
        .. Competencies,
        Roles2014, Competencies2013, Compare, AuthorDeletions, AuthorAdditions, SupportingCompetencies,
        SkillsRequired, StaffingTeams, LongTermPlan, IsteStandards, RoleEvolution, Sources,
    ];
}
