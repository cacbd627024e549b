using CoachBot.Dialogs.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.School;

/// <summary>Registers the school's rules that need no storage.</summary>
public static class SchoolServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SchoolCalendar"/>, <see cref="UserTimeZoneResolver"/>, <see cref="RosterPolicy"/>,
    /// <see cref="RosterManager"/>, <see cref="RosterRoleChecker"/> as <see cref="IRoleChecker"/> (unless one is
    /// registered) and the validators of <see cref="SchoolOptions"/> and <see cref="CoachingOptions"/>. The caller
    /// binds both sections (with ValidateOnStart) and registers an <see cref="IRosterStore"/> (AddSchoolStorage in Bot).
    /// </summary>
    public static IServiceCollection AddSchool(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SchoolOptions>, SchoolOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CoachingOptions>, CoachingOptionsValidator>());
        services.TryAddSingleton(provider => new SchoolCalendar(provider.GetRequiredService<IOptions<SchoolOptions>>().Value));
        services.TryAddSingleton<UserTimeZoneResolver>();
        services.TryAddSingleton<RosterPolicy>();
        services.TryAddSingleton<RosterManager>();
        services.TryAddSingleton<IRoleChecker, RosterRoleChecker>();
        return services;
    }
}
