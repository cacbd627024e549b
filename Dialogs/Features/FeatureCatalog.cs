using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Dialogs.Features;

/// <summary>The registered features' declarations, in the host's order: read by help, welcome and the start-up checks.</summary>
public sealed class FeatureCatalog(IEnumerable<FeatureDescriptor> features)
{
    public IReadOnlyList<FeatureDescriptor> Features { get; } = [.. features];

    /// <summary>
    /// Fails start-up when a feature declared a store interface that no storage area registered, naming both, so a
    /// forgotten area is found at start and not on the first turn that needs it.
    /// </summary>
    public void EnsureStoresRegistered(IServiceProviderIsService services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var missing = Features
            .SelectMany(feature => feature.Stores.Select(store => (feature.Name, store)))
            .Where(pair => !services.IsService(pair.store))
            .Select(pair => $"the {pair.Name} feature needs {pair.store.Name}")
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"No storage area registers a store that a feature needs ({string.Join("; ", missing)}). " +
                "Add the area that implements it to the host's storage areas (Bot/Hosting/CoachBotFeatures.cs).");
        }
    }
}
