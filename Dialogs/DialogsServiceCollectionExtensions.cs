using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Engine.Prompts;
using CoachBot.Dialogs.Features.Help;
using CoachBot.Dialogs.Features.RolesQa;
using CoachBot.Dialogs.Features.Roster;
using CoachBot.Dialogs.Features.Settings;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs;

/// <summary>Registers the dialog engine, its prompts and CoachBot's conversational features.</summary>
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

        // Help, welcome, card buttons that run commands, and the answer to anything else
        services.AddSingleton<IChatCommand, HelpCommand>();
        services.TryAddSingleton<IWelcomeHandler, WelcomeHandler>();
        services.TryAddSingleton<IFallbackHandler, RolesQaFallback>();
        services.AddSingleton<ICardActionHandler, RunCommandVerb>();

        // Roles Q&A (the knowledge base and answerer come from AddRolesQa)
        services.AddSingleton<RoleAnswers>();
        services.AddSingleton<IChatCommand, RolesCommand>();
        services.AddSingleton<ICardActionHandler, RolesTopicVerb>();
        services.AddSingleton<ICardActionHandler>(FixedAnswerVerb.RolesNone);
        services.AddSingleton<ICardActionHandler>(FixedAnswerVerb.SupportAsk);

        // Settings
        services.AddSingleton<IChatCommand, MySettingsCommand>();
        AddDialog<TimeZonePrompt>(services);
        AddDialog<TimeZoneDialog>(services);
        services.AddSingleton<IChatCommand, TimeZoneCommand>();

        // Roster (admins)
        foreach (var role in CoachingRoles.Grantable)
        {
            foreach (var grant in new[] { true, false })
            {
                services.AddSingleton<IChatCommand>(provider => new RosterChangeCommand(provider.GetRequiredService<RosterManager>(), role, grant));
            }
        }

        services.AddSingleton<IChatCommand, RosterListCommand>();
        return services;
    }

    /// <summary>Registers a dialog as itself (for constructor injection) and as a <see cref="Dialog"/> (for the router).</summary>
    public static IServiceCollection AddDialog<TDialog>(IServiceCollection services)
        where TDialog : Dialog
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<TDialog>();
        services.AddSingleton<Dialog>(provider => provider.GetRequiredService<TDialog>());
        return services;
    }
}
