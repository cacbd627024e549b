namespace CoachBot.Dialogs.School;

/// <summary>The school's calendar (section <c>School</c>). Checked at start-up by <see cref="SchoolOptionsValidator"/>.</summary>
public sealed class SchoolOptions
{
    public const string SectionName = "School";

    /// <summary>First day of the school year, <c>MM-dd</c> (default 1 August).</summary>
    public string YearStart { get; set; } = "08-01";

    /// <summary>
    /// Last day of the school year, <c>MM-dd</c> (default 31 July). Earlier in the calendar than
    /// <see cref="YearStart"/> means the year ends in the next calendar year.
    /// </summary>
    public string YearEnd { get; set; } = "07-31";

    /// <summary>Holidays and breaks (no school days), each with ISO dates, both ends inclusive.</summary>
    public List<SchoolBreakOptions> Breaks { get; set; } = [];

    /// <summary>The weekdays with school. Empty (the default) means Monday to Friday.</summary>
    public List<DayOfWeek> SchoolDays { get; set; } = [];

    /// <summary>The first day of a week (default Monday).</summary>
    public DayOfWeek WeekStart { get; set; } = DayOfWeek.Monday;

    /// <summary>IANA time zone used for anyone whose own zone is unknown (default America/New_York).</summary>
    public string DefaultTimeZone { get; set; } = "America/New_York";

    /// <summary>
    /// The schools CoachBot serves, by the names people know them by (e.g. "Lincoln Elementary"). Coaches say which of
    /// them they cover, each teacher says once which is theirs, and a support request goes to the coaches of its
    /// teacher's school. Empty (the default) means one school: nobody is asked.
    /// </summary>
    public List<string> Schools { get; set; } = [];
}
