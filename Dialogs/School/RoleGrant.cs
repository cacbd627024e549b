namespace CoachBot.Dialogs.School;

/// <summary>A stored role, with the AAD object id of the admin who granted it and when.</summary>
public sealed record RoleGrant(CoachingRole Role, string GrantedBy, DateTimeOffset GrantedAt);
