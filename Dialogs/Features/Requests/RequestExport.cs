using System.Globalization;
using CoachBot.Cards.Formatting;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.OwnData;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// The <c>requests</c> download: every support request the link's owner asked for, newest first — its id, when it was
/// asked, its status, the kind of support, school and urgency, what the teacher wrote (empty once deleted), who claimed
/// it and when, and when it was cancelled. Times are in the owner's zone, named in the headings. Only requests whose
/// teacher is the owner.
/// </summary>
public sealed class RequestExport(IRequestStore requests, CoachRoleNames roles) : IDownloadSource
{
    public const string KindName = "requests";

    /// <summary>Far more than anyone asks for; the store lists at most this many.</summary>
    private const int MaxRequests = 100_000;

    public string Kind => KindName;

    public static IReadOnlyList<string> Columns(string timeZoneId) =>
    [
        "Request", $"Asked ({timeZoneId})", "Status", "Kind of support", "School", "How soon", "Class or grade", "What you need", "Preferred times",
        "Claimed by", $"Claimed ({timeZoneId})", $"Cancelled ({timeZoneId})",
    ];

    public async Task<ExportTable?> ReadAsync(DownloadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var zone = DateTimeText.TryFindTimeZone(request.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var mine = await requests.ListByTeacherAsync(request.OwnerId, MaxRequests, cancellationToken);
        var rows = mine
            .Where(item => item.TeacherAadObjectId == request.OwnerId)
            .Select(item => (IReadOnlyList<string>)
            [
                item.ShownId,
                Local(item.CreatedAt, zone),
                Status(item.Status),
                roles.TitleOf(item.RoleId),
                item.School,
                RequestViews.UrgencyTitle(item.Urgency),
                item.ClassOrGrade ?? string.Empty,
                item.Need,
                item.PreferredTimes ?? string.Empty,
                item.ClaimedBy is { } coach ? coach.NameForReplies : string.Empty,
                item.ClaimedAt is { } claimed ? Local(claimed, zone) : string.Empty,
                item.CancelledAt is { } cancelled ? Local(cancelled, zone) : string.Empty,
            ])
            .ToList();
        return new ExportTable(KindName, Columns(zone.Id), rows);
    }

    private static string Status(RequestStatus status) => status switch
    {
        RequestStatus.Open => "Open",
        RequestStatus.Claimed => "Claimed",
        RequestStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
