using CoachBot.Bot.Hosting;
using CoachBot.Dialogs.OwnData;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Downloads;

/// <summary>Registers the one-time download links (the table is <see cref="DownloadsStorageArea"/>, listed with the other areas).</summary>
public static class DownloadsServiceCollectionExtensions
{
    public static IServiceCollection AddDownloads(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, PublicBaseUrlValidator>());
        services.TryAddSingleton<DownloadLinkService>();
        services.TryAddSingleton<IDownloadLinks>(provider => provider.GetRequiredService<DownloadLinkService>());
        return services;
    }
}
