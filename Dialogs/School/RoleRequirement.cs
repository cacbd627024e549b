namespace CoachBot.Dialogs.School;

/// <summary>The role a command needs, with the text shown to someone who lacks it.</summary>
public sealed record RoleRequirement(CoachingRole Role, string? CommandName = null)
{
    /// <summary>Text for someone who may not run the command.</summary>
    public string DenialMessage => RosterTexts.Denied(Role, CommandName);
}
