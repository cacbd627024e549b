namespace CoachBot.Dialogs.School;

/// <summary>A line of a roster list: the person, their grants, and whether they are an admin through settings.</summary>
public sealed record RosterListing(RosterMember Member, IReadOnlyList<RoleGrant> Grants, bool IsConfiguredAdmin);
