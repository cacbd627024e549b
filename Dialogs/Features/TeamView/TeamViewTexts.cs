using CoachBot.Dialogs.OwnData;

namespace CoachBot.Dialogs.Features.TeamView;

/// <summary>What the team view says in words.</summary>
public static class TeamViewTexts
{
    public const string ForCoaches =
        "The team view is for lead coaches and admins: it shows the coaching program's figures across coaches. " +
        "Your own picture is in **reflection digest**.";

    public const string ForTeachers =
        "The team view is for the coaching program's lead coaches and admins. To ask a coach for help, type **request support**.";

    public static string UnknownSchool(IReadOnlyList<string> schools) =>
        schools.Count == 0
            ? "There's one school here, so **team view** shows it all."
            : $"I don't know that school. Type **team view** for all schools, or **team view** and one of: {string.Join(", ", schools)}.";

    public static ExportWording Export { get; } = new(
        "The coaching team's view",
        "The coaching team's figures are ready to download",
        rows => $"The team view's figures as a spreadsheet (CSV): {ExportReplies.Count(rows, "row", "rows")} — counts and minutes only, " +
            "suppressed exactly as on the card.",
        "There are no figures to export yet.");
}
