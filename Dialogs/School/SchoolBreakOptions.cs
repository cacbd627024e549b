namespace CoachBot.Dialogs.School;

/// <summary>One break in <c>School:Breaks</c>: a name and ISO dates (<c>yyyy-MM-dd</c>), both inclusive.</summary>
public sealed class SchoolBreakOptions
{
    public string Name { get; set; } = "";

    public string Start { get; set; } = "";

    public string End { get; set; } = "";
}
