using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Engine.Prompts;
using CoachBot.Dialogs.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs;

/// <summary>Registers the dialog engine and its prompts. The features come with <c>AddFeatures</c>.</summary>
public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Engine
        services.TryAddSingleton<DialogRouter>();
        services.TryAddSingleton<ITurnHandler, DialogEngine>();
        services.TryAddSingleton<UserSettingsStore>();

        // Prompts (one instance each; dialogs take them in their constructors)
        AddDialog<TextPrompt>(services);
        AddDialog<NumberPrompt>(services);
        AddDialog<ConfirmPrompt>(services);
        AddDialog<ChoicePrompt>(services);
        AddDialog<DateTimePrompt>(services);
        return services;
    }

    /// <summary>Registers a dialog as itself (for constructor injection) and as a <see cref="Dialog"/> (for the router), once.</summary>
    public static IServiceCollection AddDialog<TDialog>(IServiceCollection services)
        where TDialog : Dialog
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(TDialog)))
        {
            return services;
        }

        services.AddSingleton<TDialog>();
        services.AddSingleton<Dialog>(provider => provider.GetRequiredService<TDialog>());
        return services;
    }
}
