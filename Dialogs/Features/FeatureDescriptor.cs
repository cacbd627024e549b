using System.Text.Json.Serialization;
using CoachBot.Cards.Model.Actions;
using CoachBot.Dialogs.Engine;

namespace CoachBot.Dialogs.Features;

/// <summary>A line the help card shows that is not a command (e.g. "Ask about coaching roles").</summary>
/// <param name="Title">Shown in bold.</param>
/// <param name="Text">Markdown after the title.</param>
/// <param name="RequiredRole">Shown only to people holding this role (a <c>CoachingRoles</c> name); null = everyone.</param>
public sealed record HelpLine(string Title, string Text, string? RequiredRole = null);

/// <summary>A line of the welcome card's "Today I can" list.</summary>
public sealed record WelcomeLine(string Text, string? RequiredRole = null);

/// <summary>Where a suggested button appears.</summary>
public enum SuggestionPlace
{
    Help,
    Welcome,
}

/// <summary>A button a feature suggests on the help or welcome card; <see cref="Create"/> makes it for a card instance id.</summary>
public sealed record SuggestedButton(SuggestionPlace Place, string Title, Func<string, ExecuteAction> Create);

/// <summary>An options section a feature binds (validated at start-up and documented in appsettings.template.json).</summary>
public sealed record OptionsDeclaration(string Section, Type OptionsType, Action<IFeatureOptionsBinder> Bind);

/// <summary>Binds a feature's options; implemented by the host, which validates and documents every section.</summary>
public interface IFeatureOptionsBinder
{
    void Bind<TOptions>(string section)
        where TOptions : class;
}

/// <summary>Everything one feature declared in its registration: what the catalog, help and start-up checks read.</summary>
public sealed class FeatureDescriptor(string name)
{
    public string Name { get; } = name;

    public List<CommandInfo> Commands { get; } = [];

    public List<Type> VerbHandlers { get; } = [];

    public List<Type> Dialogs { get; } = [];

    public List<JsonSerializerContext> JsonContexts { get; } = [];

    /// <summary>Store interfaces the feature needs; a storage area in <c>Bot/</c> must register each one.</summary>
    public List<Type> Stores { get; } = [];

    public List<Type> JobHandlers { get; } = [];

    public List<OptionsDeclaration> Options { get; } = [];

    public List<HelpLine> HelpLines { get; } = [];

    public List<WelcomeLine> WelcomeLines { get; } = [];

    public List<SuggestedButton> Buttons { get; } = [];
}
