using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.OwnData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// A teacher's requests are theirs to take away and to take back: <c>export my requests</c> (a CSV file through a one-time
/// download link, <see cref="RequestExport"/>) and <c>delete my requests</c> (after a confirmation: the open ones are
/// withdrawn, what the teacher wrote is deleted from all of them, and the coaches' copies are updated by
/// <see cref="RequestErasedJob"/>). Registered apart from <see cref="RequestsFeature"/>: the person's rights over what the
/// feature keeps, one unit.
/// </summary>
public sealed class RequestDataFeature : IFeature
{
    public string Name => "request data";

    public void Register(FeatureBuilder feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        feature.Services.TryAddSingleton<RequestViews>();
        feature.Services.TryAddSingleton<ExportReplies>();
        feature.Services.AddSingleton<IDownloadSource, RequestExport>();
        feature
            .Json(RequestDataJsonContext.Default)
            .Json(RequestDataActionJsonContext.Default)
            .Store<IRequestStore>()
            .Store<IRequestCopyStore>()
            .Store<IRequestDataStore>()
            .Command<ExportRequestsCommand>(new CommandInfo(
                "export my requests", "your support requests as a spreadsheet file (CSV), through a download link that works once, for 10 minutes",
                IsPrivate: true, Aliases: ["export requests", "download my requests", "export my support requests"]))
            .Command<DeleteRequestsCommand>(new CommandInfo(
                "delete my requests", "withdraw your open requests and delete what you wrote in all of them, after you confirm",
                IsPrivate: true, Aliases: ["delete requests", "delete all my requests", "erase my requests"]))
            .Verb<RequestDeleteAllVerb>()
            .Job<RequestErasedJob>();
    }
}
