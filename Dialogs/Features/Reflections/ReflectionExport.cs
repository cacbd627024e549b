using System.Globalization;
using CoachBot.Cards.Formatting;
using CoachBot.Dialogs.OwnData;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// The <c>reflections</c> download: every reflection (and diverted time) of the link's owner, newest first, one row
/// each — when it was logged (in the zone it was logged in, with that zone and the school week), what kind it is, its
/// roles and whether CoachBot guessed them, the minutes, the three texts as written, and when it was last edited. Only
/// the owner's rows: the store finds nobody else's.
/// </summary>
public sealed class ReflectionExport(IReflectionStore store, ReflectionRoles roles) : IDownloadSource
{
    public const string KindName = "reflections";

    /// <summary>Rows read from the store at a time.</summary>
    private const int PageSize = 500;

    public static IReadOnlyList<string> Columns { get; } =
    [
        "Logged", "Time zone", "School week from", "Kind", "Roles", "Roles guessed by CoachBot", "Minutes", "What happened", "What went well",
        "Next step", "Edited",
    ];

    public string Kind => KindName;

    public async Task<ExportTable?> ReadAsync(DownloadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = new List<IReadOnlyList<string>>();
        ReflectionCursor? next = null;
        do
        {
            var page = await store.ListAsync(request.OwnerId, ReflectionQuery.All, next, PageSize, cancellationToken);
            rows.AddRange(page.Items.Select(Row));
            next = page.Next;
        }
        while (next is not null);

        return new ExportTable(KindName, Columns, rows);
    }

    private string[] Row(CoachReflection reflection)
    {
        var content = reflection.Content;
        var time = reflection.Time;
        var zone = DateTimeText.TryFindTimeZone(time.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        return
        [
            Local(time.At, zone),
            time.TimeZoneId,
            time.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            reflection.IsDiverted ? "Diverted time" : "Reflection",
            string.Join("; ", content.Roles.Select(roles.Title)),
            reflection.IsDiverted ? string.Empty : content.RolesGuessed ? "yes" : "no",
            content.Minutes?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            content.Text,
            content.WentWell ?? string.Empty,
            content.NextStep ?? string.Empty,
            reflection.EditedAt is { } edited ? Local(edited, zone) : string.Empty,
        ];
    }

    /// <summary>"2026-11-30 15:00": what spreadsheets read as a date and time.</summary>
    internal static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
