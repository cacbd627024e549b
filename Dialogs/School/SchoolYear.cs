namespace CoachBot.Dialogs.School;

/// <summary>A school year, both ends inclusive, with its label ("2026–27", or "2026" when it fits one calendar year).</summary>
public sealed record SchoolYear(DateOnly Start, DateOnly End, string Label)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
