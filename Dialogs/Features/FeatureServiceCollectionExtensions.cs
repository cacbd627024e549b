using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs.Features;

/// <summary>Adds features to the container.</summary>
public static class FeatureServiceCollectionExtensions
{
    /// <summary>
    /// Runs each feature's registration, binds the options sections they declare through <paramref name="options"/>,
    /// and adds the <see cref="FeatureCatalog"/>. Two features may not both bind one options section.
    /// </summary>
    public static IServiceCollection AddFeatures(this IServiceCollection services, IEnumerable<IFeature> features, IFeatureOptionsBinder options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        var sections = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var feature in features)
        {
            var descriptor = services.AddFeature(feature);
            foreach (var declaration in descriptor.Options)
            {
                if (!sections.Add(declaration.Section))
                {
                    throw new InvalidOperationException($"Two features bind the options section '{declaration.Section}'.");
                }

                declaration.Bind(options);
            }
        }

        return services;
    }

    /// <summary>Adds one feature (tests add their own stand-in features this way); returns what it declared.</summary>
    public static FeatureDescriptor AddFeature(this IServiceCollection services, IFeature feature)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(feature);
        var builder = new FeatureBuilder(feature, services);
        feature.Register(builder);
        services.AddSingleton(builder.Descriptor);
        services.TryAddSingleton<FeatureCatalog>();
        return builder.Descriptor;
    }
}
