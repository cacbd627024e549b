using System.Text.Json.Serialization;
using CoachBot.Cards.Model.Actions;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Dialogs.Features;

/// <summary>
/// What a feature's <see cref="IFeature.Register"/> writes to: each call both registers the piece in the container and
/// records it in the feature's <see cref="FeatureDescriptor"/>, so routing, help and start-up checks see the same list.
/// </summary>
public sealed class FeatureBuilder
{
    internal FeatureBuilder(IFeature feature, IServiceCollection services)
    {
        Services = services;
        Descriptor = new FeatureDescriptor(feature.Name);
    }

    /// <summary>For the feature's own helpers (e.g. a card builder its commands share).</summary>
    public IServiceCollection Services { get; }

    internal FeatureDescriptor Descriptor { get; }

    /// <summary>A command; <typeparamref name="TCommand"/> is created by the container.</summary>
    public FeatureBuilder Command<TCommand>(CommandInfo info)
        where TCommand : class, IChatCommand
    {
        Services.TryAddSingleton<TCommand>();
        return Command(info, provider => provider.GetRequiredService<TCommand>());
    }

    /// <summary>A command made by <paramref name="create"/> (for commands that take the declaration's values).</summary>
    public FeatureBuilder Command(CommandInfo info, Func<IServiceProvider, IChatCommand> create)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(create);
        Descriptor.Commands.Add(info);
        Services.AddSingleton(provider => new RegisteredCommand(info, create(provider)));
        return this;
    }

    /// <summary>A card action verb handler.</summary>
    public FeatureBuilder Verb<THandler>()
        where THandler : class, ICardActionHandler
    {
        Descriptor.VerbHandlers.Add(typeof(THandler));
        Services.AddSingleton<ICardActionHandler, THandler>();
        return this;
    }

    /// <summary>A card action verb handler that needs no services.</summary>
    public FeatureBuilder Verb(ICardActionHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Descriptor.VerbHandlers.Add(handler.GetType());
        Services.AddSingleton(handler);
        return this;
    }

    /// <summary>A dialog (registered as itself, for other dialogs' constructors, and for the router).</summary>
    public FeatureBuilder Dialog<TDialog>()
        where TDialog : Dialog
    {
        Descriptor.Dialogs.Add(typeof(TDialog));
        DialogsServiceCollectionExtensions.AddDialog<TDialog>(Services);
        return this;
    }

    /// <summary>The feature's own source-generated JSON context (its dialog states, job payloads).</summary>
    public FeatureBuilder Json(JsonSerializerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Descriptor.JsonContexts.Add(context);
        return this;
    }

    /// <summary>A store interface the feature uses; a storage area in <c>Bot/</c> registers its implementation (checked at start-up).</summary>
    public FeatureBuilder Store<TStore>()
        where TStore : class
    {
        Descriptor.Stores.Add(typeof(TStore));
        return this;
    }

    /// <summary>A job handler (its kind runs through the durable job table).</summary>
    public FeatureBuilder Job<THandler>()
        where THandler : class, IJobHandler
    {
        Descriptor.JobHandlers.Add(typeof(THandler));
        Services.AddJobHandler<THandler>();
        return this;
    }

    /// <summary>An options section the feature reads, bound and validated at start-up by the host.</summary>
    public FeatureBuilder Options<TOptions>(string section)
        where TOptions : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(section);
        Descriptor.Options.Add(new OptionsDeclaration(section, typeof(TOptions), binder => binder.Bind<TOptions>(section)));
        return this;
    }

    /// <summary>What answers messages that are no command (one feature provides it).</summary>
    public FeatureBuilder Fallback<THandler>()
        where THandler : class, IFallbackHandler
    {
        Services.AddSingleton<IFallbackHandler, THandler>();
        return this;
    }

    /// <summary>A suggestion the feature may add after a typed message was answered (see <see cref="ITurnFollowUp"/>).</summary>
    public FeatureBuilder FollowUp<THandler>()
        where THandler : class, ITurnFollowUp
    {
        Services.AddSingleton<ITurnFollowUp, THandler>();
        return this;
    }

    /// <summary>What greets a conversation CoachBot joins (one feature provides it).</summary>
    public FeatureBuilder Welcome<THandler>()
        where THandler : class, IWelcomeHandler
    {
        Services.AddSingleton<IWelcomeHandler, THandler>();
        return this;
    }

    /// <summary>A help card line that is not a command.</summary>
    public FeatureBuilder Help(HelpLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        Descriptor.HelpLines.Add(line);
        return this;
    }

    /// <summary>A line of the welcome card's list of what CoachBot does.</summary>
    public FeatureBuilder Welcome(WelcomeLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        Descriptor.WelcomeLines.Add(line);
        return this;
    }

    /// <summary>A button the feature suggests on the help or welcome card.</summary>
    public FeatureBuilder Suggest(SuggestionPlace place, string title, Func<string, ExecuteAction> create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(create);
        Descriptor.Buttons.Add(new SuggestedButton(place, title, create));
        return this;
    }
}
