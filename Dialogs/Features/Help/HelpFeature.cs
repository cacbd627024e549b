using CoachBot.Cards.Actions;
using CoachBot.Cards.Views;
using CoachBot.Dialogs.Engine;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs.Features.Help;

/// <summary>Help, the welcome card, and card buttons that run commands.</summary>
public sealed class HelpFeature : IFeature
{
    public string Name => "help";

    public void Register(FeatureBuilder feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        feature.Services.TryAddSingleton<HelpContent>();
        feature
            .Command<HelpCommand>(new CommandInfo(Commands.Help, Help: null, Aliases: ["commands", "what can you do"]))
            .Verb<RunCommandVerb>()
            .Welcome<WelcomeHandler>()
            .Suggest(SuggestionPlace.Welcome, "What can you do?", cardId => CardLayout.Button("What can you do?", new RunCommandPayload(Commands.Help), cardId));
    }
}
