namespace CoachBot.Dialogs.School;

/// <summary>A break with no school days, both ends inclusive.</summary>
public sealed record SchoolBreak(string Name, DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
