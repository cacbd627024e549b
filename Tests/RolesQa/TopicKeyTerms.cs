using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Tests.RolesQa;

/// <summary>
/// The project's own copy of the facts each answer must cover (shared/knowledge/topics.md), as key terms that
/// must appear in the topic's text (answer plus its 2013 and author's-view sections, case-insensitive).
/// A term written "a|b" is met by either spelling.
/// </summary>
public static class TopicKeyTerms
{
    public static IReadOnlyDictionary<string, string[]> ByTopic { get; } = new Dictionary<string, string[]>
    {
        [TopicIds.DataCoach] = ["use data|using data|work with data", "new on the 2014 list|new in 2014", "provide professional development", "data teams", "principal"],
        [TopicIds.ResourceProvider] = ["finds", "shares", "find and share resources", "survives"],
        [TopicIds.Mentor] = ["direct", "hands-on", "classroom supporter", "collaborate"],
        [TopicIds.CurriculumSpecialist] = ["curriculum", "primary job", "math", "department chairs", "curriculum leaders"],
        [TopicIds.InstructionalSpecialist] = ["instruction", "pedagogy", "primary job", "specialists"],
        [TopicIds.ClassroomSupporter] = ["in their classrooms", "direct-action", "replaced", "collaborate"],
        [TopicIds.LearningFacilitator] = ["adult learning", "data coach", "provide professional development"],
        [TopicIds.SchoolLeader] = ["school leader", "new expectation in 2014|new in 2014", "must be school leaders"],
        [TopicIds.CatalystForChange] = ["proactive", "innovate", "leading change efforts"],
        [TopicIds.Learner] = ["continue to learn", "survives", "own learning"],
        [TopicIds.Collaborate2013] = ["replaced", "direct-action", "mentor", "classroom supporter"],
        [TopicIds.FindShareResources2013] = ["kept", "resource provider"],
        [TopicIds.Innovate2013] = ["catalyst for change", "proactive"],
        [TopicIds.ContinueToLearn2013] = ["kept", "survives", "learner"],
        [TopicIds.ProfessionalDevelopment2013] = ["data coach", "learning facilitator"],
        [TopicIds.DigitalCitizenship2013] = ["dropped", "direct student instruction", "information fluency"],
        [TopicIds.Communicate2013] = ["not explicit", "across all the other roles|across every role"],
        [TopicIds.Roles2014] =
        [
            "Data Coach", "Resource Provider", "Mentor", "Curriculum Specialist", "Instructional Specialist",
            "Classroom Supporter", "Learning Facilitator", "School Leader", "Catalyst for Change", "Learner",
            "technology integration coach", "ISTE standards for coaches",
        ],
        [TopicIds.Competencies2013] =
        [
            "Collaborate", "Find and share resources", "Innovate", "Continue to learn", "Provide professional development",
            "Teach digital citizenship and information fluency", "Communicate",
        ],
        [TopicIds.Compare] =
        [
            "stayed", "added", "data coach", "curriculum and instruction|curriculum and instructional", "school leader",
            "dropped", "digital citizenship", "merged", "evolving", "a year apart",
        ],
        [TopicIds.AuthorDeletions] =
        [
            "data teams", "principal", "math coaches", "department chairs", "curriculum leaders", "Joellen Killion",
            "dilutes the impact", "cannot do it all",
        ],
        [TopicIds.AuthorAdditions] =
        [
            "implementation", "district technology planning", "workshops", "parents", "community", "new tools", "apps",
            "social media", "online library", "support documents", "showcase", "best practice", "assessing", "evaluating",
        ],
        [TopicIds.SupportingCompetencies] =
        [
            "relationships", "observing current practice", "low-hanging fruit", "partnering", "administration",
            "collaborating", "solving problems", "lead from the front", "support from behind", "modeling", "coaching",
            "nudging", "outsider", "one of the team", "own learning",
        ],
        [TopicIds.SkillsRequired] =
        [
            "superhero", "adult learning science", "curriculum and instruction", "using data", "new technology",
            "instructional goals", "communicating", "leading", "fostering innovation", "facilitating change", "no easy task",
        ],
        [TopicIds.StaffingTeams] = ["capacity", "peel off", "another coach", "teams"],
        [TopicIds.LongTermPlan] = ["long-term plan", "focus", "goals for each year", "yearly goals"],
        [TopicIds.IsteStandards] = ["ISTE standards for coaches", "informed the 2014 list"],
        [TopicIds.RoleEvolution] = ["instructional technology specialist", "technology integration coach", "2013", "2014", "direct student instruction", "coaching adults"],
        [TopicIds.Sources] =
        [
            "Jean Tower", "Role of the Instructional Technology Specialist", "Maggie Hos-McGrane", "Tech Transformation",
            "2013 and 2014", "Joellen Killion", "Coaching Approaches and Perspectives",
        ],
    };

    public static TheoryData<string> TopicsWithTerms() => [.. ByTopic.Keys];
}
