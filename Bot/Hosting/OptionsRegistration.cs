using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Hosting;

/// <summary>Binds an options section, validates it (data annotations plus any IValidateOptions) at start-up.</summary>
public static class OptionsRegistration
{
    public static OptionsBuilder<TOptions> AddValidatedOptions<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TOptions>(
        this IServiceCollection services, string sectionName)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        Catalog(services).Add(sectionName, typeof(TOptions));
        return services.AddOptions<TOptions>()
            .BindConfiguration(sectionName, binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateDataAnnotations()
            .ValidateOnStart();
    }

    /// <summary>Lists a section bound elsewhere (by an area's own Add method) in the catalog of documented settings.</summary>
    public static IServiceCollection DocumentOptions<TOptions>(this IServiceCollection services, string sectionName)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        Catalog(services).Add(sectionName, typeof(TOptions));
        return services;
    }

    private static OptionsCatalog Catalog(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(OptionsCatalog))?.ImplementationInstance as OptionsCatalog;
        if (existing is not null)
        {
            return existing;
        }

        var catalog = new OptionsCatalog();
        services.AddSingleton(catalog);
        return catalog;
    }
}
