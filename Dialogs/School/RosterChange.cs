namespace CoachBot.Dialogs.School;

/// <summary>One line of the roster's history: who granted or revoked which role of whom, and when.</summary>
public sealed record RosterChange(string AadObjectId, CoachingRole Role, bool Granted, string ChangedBy, DateTimeOffset ChangedAt);
