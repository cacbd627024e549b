namespace CoachBot.Dialogs.School;

/// <summary>Where a user's time zone came from, strongest first.</summary>
public enum TimeZoneSource
{
    /// <summary>The user set it (the <c>timezone</c> command).</summary>
    Explicit,

    /// <summary>The activity's <c>localTimezone</c>.</summary>
    Activity,

    /// <summary>The <c>timezone</c> of the activity's <c>clientInfo</c> entity.</summary>
    ClientInfo,

    /// <summary><c>School:DefaultTimeZone</c>.</summary>
    SchoolDefault,
}
