using CoachBot.Bot.Hosting;
using CoachBot.Cards.Views;
using CoachBot.Dialogs.Features;
using CoachBot.Dialogs.Features.Help;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Infrastructure;

/// <summary>The host's own features, as the help and welcome cards see them (for card tests without a host).</summary>
public static class HostFeatures
{
    public static FeatureCatalog Catalog() =>
        new([.. CoachBotFeatures.Features(new TestHostEnvironment()).Select(feature => new ServiceCollection().AddFeature(feature))]);

    /// <summary>Everyone, a coach, and an admin (who sees every section).</summary>
    public static EffectiveRoles Roles(params CoachingRole[] granted) => new("aaaaaaaa-0000-4000-8000-000000000001", granted.ToHashSet(), false);

    public static HelpCardModel Help(bool personal, params CoachingRole[] granted) => HelpContent.Help(Catalog(), Roles(granted), personal);

    public static WelcomeCardModel Welcome(string? name, bool personal, params CoachingRole[] granted) => HelpContent.Welcome(Catalog(), Roles(granted), name, personal);
}
