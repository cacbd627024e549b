using CoachBot.Dialogs.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Infrastructure;

/// <summary>A stand-in feature a test adds to the host's own composition (its registration is a lambda).</summary>
public sealed class TestFeature(string name, Action<FeatureBuilder> register) : IFeature
{
    public string Name => name;

    public void Register(FeatureBuilder feature) => register(feature);
}

public static class TestFeatureServiceCollectionExtensions
{
    /// <summary>Adds a test's commands, verbs and dialogs the way a feature does (after the host's own, so its fallback or welcome wins).</summary>
    public static IServiceCollection AddTestFeature(this IServiceCollection services, Action<FeatureBuilder> register)
    {
        services.AddFeature(new TestFeature($"test-{Guid.NewGuid():N}", register));
        return services;
    }
}
