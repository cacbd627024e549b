using CoachBot.Cards.Views;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Features.Reflections;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Cards.Views;
using CoachBot.Tests.Infrastructure;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Reflections;

/// <summary>
/// Help and the welcome card list reflections as working, for coaches.
/// </summary>
public sealed class ReflectionSettingsTests
{
    [Fact]
    public void Help_ForACoach_ListsReflectionsGoalsAndNudgesAsWorking_AndNothingComingSoon()
    {
        var card = HelpCard.Create(HostFeatures.Help(true, CoachingRole.Coach), "help-0001");

        var text = CardInspection.AllText(card);
        var coaches = text[text.IndexOf("For coaches", StringComparison.Ordinal)..];
        Assert.Contains("**reflect: what you did**", coaches, StringComparison.Ordinal);
        Assert.Contains("**diverted: what took your time**", coaches, StringComparison.Ordinal);
        Assert.Contains("**my reflections**", coaches, StringComparison.Ordinal);
        Assert.Contains("**reflection digest**", coaches, StringComparison.Ordinal);
        Assert.Contains("**goals**", coaches, StringComparison.Ordinal);
        Assert.Contains("**nudge time", coaches, StringComparison.Ordinal);
        Assert.DoesNotContain("Coming soon", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ForATeacher_DoesNotListReflections()
    {
        var text = CardInspection.AllText(HelpCard.Create(HostFeatures.Help(true), "help-0001"));

        Assert.DoesNotContain("reflect", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Welcome_ForACoach_SaysCoachBotKeepsTheirReflections()
    {
        var model = HostFeatures.Welcome("Alice", true, CoachingRole.Coach);

        Assert.Contains("log a reflection in seconds and show you where your time goes across the ten roles", model.CanDo);
        Assert.DoesNotContain(model.ComingSoon, line => line.Contains("reflection", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("log a reflection in seconds and show you where your time goes across the ten roles", HostFeatures.Welcome("Bob", true).CanDo);
    }
}
