namespace CoachBot.Dialogs.Features;

/// <summary>
/// One feature of CoachBot, in its own folder under <c>Dialogs/Features/&lt;Name&gt;/</c>. Its <see cref="Register"/>
/// declares everything it brings — commands (with their help line, who may run them, whether their output is
/// private), card verbs, dialogs, its JSON context, the store interfaces it needs, its job kinds, its options and
/// what the welcome and help cards say about it. The host lists features in one place
/// (<c>Bot/Hosting/CoachBotFeatures.cs</c>); nothing else needs editing for a feature to route, appear in help and
/// run its jobs. docs/architecture.md walks through adding one.
/// </summary>
public interface IFeature
{
    /// <summary>Short stable name, e.g. <c>settings</c> (used in start-up errors).</summary>
    string Name { get; }

    void Register(FeatureBuilder feature);
}
