using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs.Scheduling;

/// <summary>How features register their job handlers.</summary>
public static class JobHandlerServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="THandler"/> as a singleton <see cref="IJobHandler"/> (once, however often called).</summary>
    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services)
        where THandler : class, IJobHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobHandler, THandler>());
        return services;
    }
}
