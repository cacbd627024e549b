using CoachBot.Bot.Storage;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Bot.School;

/// <summary>Registers the roster's SQLite store and its storage module.</summary>
public static class SchoolStorageServiceCollectionExtensions
{
    /// <summary>Adds <see cref="SqliteRosterStore"/> as <see cref="IRosterStore"/> and the <c>roster</c> storage module. Needs <see cref="SqliteDatabase"/>.</summary>
    public static IServiceCollection AddSchoolStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStorageModule, RosterStorageModule>());
        services.TryAddSingleton<IRosterStore, SqliteRosterStore>();
        return services;
    }
}
