namespace CoachBot.Dialogs.School;

/// <summary>The answer of a role check: allowed, or the text to show instead.</summary>
public sealed record RoleCheckResult(bool Allowed, string? DenialMessage)
{
    public static RoleCheckResult Allow { get; } = new(true, null);

    public static RoleCheckResult Deny(string message) => new(false, message);
}
