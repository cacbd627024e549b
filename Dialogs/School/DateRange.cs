namespace CoachBot.Dialogs.School;

/// <summary>Consecutive dates, both ends inclusive (e.g. a week).</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Every date in the range, in order.</summary>
    public IEnumerable<DateOnly> Days()
    {
        for (var day = Start; day <= End; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
