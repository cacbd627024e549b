using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Bot.Scheduling;

/// <summary>Registers the durable job table, its runner and the worker.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <c>jobs</c> storage module, <see cref="SqliteJobStore"/> (also as <see cref="IJobScheduler"/>),
    /// <see cref="JobRunner"/> and the hosted <see cref="JobWorker"/>. Needs <see cref="SqliteDatabase"/>; the caller binds
    /// <see cref="JobOptions"/> (section <c>Jobs</c>). Handlers are added with <c>AddJobHandler&lt;T&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStorageModule, JobsStorageModule>());
        services.TryAddSingleton<SqliteJobStore>();
        services.TryAddSingleton<IJobScheduler>(provider => provider.GetRequiredService<SqliteJobStore>());
        services.TryAddSingleton<JobRunner>();
        services.AddHostedService<JobWorker>();
        return services;
    }
}
