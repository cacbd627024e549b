using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Bot.Scheduling;

/// <summary>Registers the job runner and its worker (the job table itself is the <c>jobs</c> storage area).</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="JobRunner"/> and the hosted <see cref="JobWorker"/>. Needs an <see cref="IJobStore"/> (the
    /// <see cref="JobsStorageModule"/> area); the caller binds <see cref="JobOptions"/> (section <c>Jobs</c>). Handlers are
    /// added with <c>AddJobHandler&lt;T&gt;()</c> (features declare theirs).
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<JobRunner>();
        services.AddHostedService<JobWorker>();
        return services;
    }
}
