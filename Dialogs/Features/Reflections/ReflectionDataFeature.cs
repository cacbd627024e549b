using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.OwnData;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// A coach's reflections are theirs to take away and to erase: <c>export reflections</c> (a CSV file through a one-time
/// download link, <see cref="ReflectionExport"/>) and <c>delete my reflections</c> (after a confirmation). Registered apart
/// from <see cref="ReflectionsFeature"/>: the person's rights over what the feature keeps, one unit. Like the feature's
/// other commands they check the role themselves, and both answer only in the personal chat.
/// </summary>
public sealed class ReflectionDataFeature : IFeature
{
    public string Name => "reflection data";

    public void Register(FeatureBuilder feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var services = feature.Services;
        services.TryAddSingleton<ReflectionAccess>();
        services.TryAddSingleton<ReflectionOwners>();
        services.TryAddSingleton<ReflectionRoles>();
        services.TryAddSingleton<ReflectionGoals>();
        services.TryAddSingleton<ExportReplies>();
        services.AddSingleton<IDownloadSource, ReflectionExport>();

        feature
            .Store<IReflectionStore>()
            .Json(ReflectionDataActionJsonContext.Default)
            .Help(new HelpLine("export reflections", "all your reflections as a spreadsheet file (CSV), through a download link that works once, for 10 minutes (sent privately)", CoachingRoles.CoachName))
            .Help(new HelpLine("delete my reflections", "delete all your reflections for good, after you confirm (sent privately)", CoachingRoles.CoachName))
            .Command<ExportReflectionsCommand>(new CommandInfo(
                "export reflections", Help: null, IsPrivate: true, Aliases: ["export my reflections", "download reflections", "download my reflections"]))
            .Command<DeleteReflectionsCommand>(new CommandInfo(
                "delete my reflections", Help: null, IsPrivate: true, Aliases: ["delete reflections", "delete all my reflections", "erase my reflections"]))
            .Verb<ReflectionDeleteAllVerb>();
    }
}
