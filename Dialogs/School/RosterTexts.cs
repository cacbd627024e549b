namespace CoachBot.Dialogs.School;

/// <summary>What CoachBot says about roles and roster changes.</summary>
public static class RosterTexts
{
    public const string UnknownPerson =
        "I couldn't tell who you meant. @mention the person in Teams (typing their name or an id isn't enough), then try again.";

    public const string EveryoneIsTeacher = "Everyone is a teacher already, so there's nothing to add.";

    public const string TeacherCannotBeRemoved = "Everyone stays a teacher; you can remove the coach, lead coach or admin role instead.";

    /// <summary>Text for someone who lacks <paramref name="role"/>, naming the command when known.</summary>
    public static string Denied(CoachingRole role, string? commandName)
    {
        var what = string.IsNullOrWhiteSpace(commandName) ? "do that" : $"use \u201c{commandName.Trim()}\u201d";
        return role switch
        {
            CoachingRole.Coach => $"Only coaches can {what}. If you coach teachers at your school, ask an admin to add you as a coach.",
            CoachingRole.LeadCoach => $"Only lead coaches can {what}. If you lead the coaching team, ask an admin to make you a lead coach.",
            CoachingRole.Admin => $"Only admins can {what}. Admins manage who is a coach; ask one of them if something needs changing.",
            _ => $"You can't {what}.",
        };
    }

    public static string Granted(RosterMember member, CoachingRole role) =>
        $"{Name(member)} is now {Article(role)} {role.DisplayName()}.";

    public static string AlreadyHeld(RosterMember member, CoachingRole role) =>
        $"{Name(member)} is already {Article(role)} {role.DisplayName()}.";

    public static string AlreadyConfiguredAdmin(RosterMember member) =>
        $"{Name(member)} is already an admin (through the {CoachingOptions.SectionName}:Admins setting).";

    public static string Revoked(RosterMember member, CoachingRole role) =>
        $"{Name(member)} is no longer {Article(role)} {role.DisplayName()}.";

    public static string NotHeld(RosterMember member, CoachingRole role) =>
        $"{Name(member)} isn't {Article(role)} {role.DisplayName()}, so there was nothing to remove.";

    public static string ConfiguredAdminCannotBeRemoved(RosterMember member) =>
        $"{Name(member)} is an admin through the {CoachingOptions.SectionName}:Admins setting, so they can't be removed in chat. " +
        "Ask whoever runs CoachBot to change that setting.";

    public static string LastAdmin(RosterMember member) =>
        $"{Name(member)} is the last admin. Add another admin first, so someone can still manage the roster.";

    private static string Name(RosterMember member) => member.NameForReplies;

    private static string Article(CoachingRole role) => role == CoachingRole.Admin ? "an" : "a";
}
