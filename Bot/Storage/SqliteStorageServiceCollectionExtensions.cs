namespace CoachBot.Bot.Storage;

/// <summary>Registers CoachBot's SQLite storage: the database, its migrator, and each area's tables and stores.</summary>
public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SqliteDatabase"/> (options section <c>Storage</c>, bound by the caller), the
    /// <see cref="DatabaseMigrator"/>, and for each area its migrations and store implementations.
    /// </summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, IEnumerable<IStorageArea> areas)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(areas);
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<DatabaseMigrator>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var area in areas)
        {
            if (!names.Add(area.Name))
            {
                throw new InvalidOperationException($"Two storage areas are named '{area.Name}'.");
            }

            services.AddSingleton<IStorageModule>(area);
            area.AddStores(services);
        }

        return services;
    }
}
