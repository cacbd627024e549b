using System.Diagnostics.CodeAnalysis;

namespace CoachBot.Dialogs.School;

/// <summary>Names, parsing and the implication rules of <see cref="CoachingRole"/>.</summary>
public static class CoachingRoles
{
    /// <summary>The role names used in chat, in <see cref="Engine.IChatCommand.RequiredRole"/> and in storage.</summary>
    public const string TeacherName = "teacher";

    public const string CoachName = "coach";

    public const string LeadCoachName = "lead coach";

    public const string AdminName = "admin";

    /// <summary>The roles that can be granted (everything but the implicit <see cref="CoachingRole.Teacher"/>).</summary>
    public static IReadOnlyList<CoachingRole> Grantable { get; } = [CoachingRole.Coach, CoachingRole.LeadCoach, CoachingRole.Admin];

    /// <summary>True when holding <paramref name="held"/> is enough for <paramref name="required"/>.</summary>
    public static bool Satisfies(this CoachingRole held, CoachingRole required) => required switch
    {
        CoachingRole.Teacher => true,
        CoachingRole.Coach => held is CoachingRole.Coach or CoachingRole.LeadCoach,
        CoachingRole.LeadCoach => held is CoachingRole.LeadCoach,
        CoachingRole.Admin => held is CoachingRole.Admin,
        _ => false,
    };

    /// <summary>The role's name as people read it ("lead coach").</summary>
    public static string DisplayName(this CoachingRole role) => role switch
    {
        CoachingRole.Teacher => TeacherName,
        CoachingRole.Coach => CoachName,
        CoachingRole.LeadCoach => LeadCoachName,
        CoachingRole.Admin => AdminName,
        _ => role.ToString(),
    };

    /// <summary>
    /// Reads a role name as typed ("coach", "Lead coach", "lead-coach", "leadcoach", "admins"). Unknown text → false.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CoachingRole role)
    {
        role = CoachingRole.Teacher;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = new string([.. text.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        if (compact.EndsWith('s'))
        {
            compact = compact[..^1];
        }

        switch (compact)
        {
            case "teacher":
                role = CoachingRole.Teacher;
                return true;
            case "coach" or "coache":
                role = CoachingRole.Coach;
                return true;
            case "leadcoach" or "leadcoache":
                role = CoachingRole.LeadCoach;
                return true;
            case "admin" or "administrator":
                role = CoachingRole.Admin;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Stable value kept in the roster table ("coach", "lead_coach", "admin").</summary>
    public static string ToStorageValue(this CoachingRole role) => role switch
    {
        CoachingRole.Coach => "coach",
        CoachingRole.LeadCoach => "lead_coach",
        CoachingRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Only granted roles are stored."),
    };

    /// <summary>Reads a stored value; null for a value this build does not know.</summary>
    public static CoachingRole? FromStorageValue(string value) => value switch
    {
        "coach" => CoachingRole.Coach,
        "lead_coach" => CoachingRole.LeadCoach,
        "admin" => CoachingRole.Admin,
        _ => null,
    };
}
