using CoachBot.Dialogs.OwnData;
using Microsoft.Extensions.Logging;

namespace CoachBot.Dialogs.Features.TeamView;

/// <summary>
/// The <c>team-view</c> download: the team view's figures (every scope and period, as the cards show them), made when the
/// link is used — and only while its owner is still a lead coach or admin (else null: "no longer yours to get").
/// </summary>
public sealed class TeamViewExport(TeamViewAccess access, TeamViewReport report, ILogger<TeamViewExport> logger) : IDownloadSource
{
    public const string KindName = "team-view";

    public string Kind => KindName;

    public async Task<ExportTable?> ReadAsync(DownloadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await access.RefusalAsync(request.OwnerId, cancellationToken) is not null)
        {
            return null;
        }

        var rows = report.Rows(await report.ComputeAsync(cancellationToken));
        TeamViewLog.Exported(logger, rows.Count);
        return new ExportTable(KindName, TeamViewReport.Columns, rows);
    }
}
