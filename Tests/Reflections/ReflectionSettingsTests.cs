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
/// <c>Reflections:DevelopmentCoaches</c> (the Playground's way in) works in Development only and stops start-up anywhere
/// else; help and the welcome card list reflections as working, for coaches.
/// </summary>
public sealed class ReflectionSettingsTests
{
    [Fact]
    public async Task DevelopmentCoaches_InDevelopment_MayReflectWithoutBeingOnTheRoster()
    {
        var playground = new ChatUser("user-id-0", "00000000-0000-0000-0000-0000000000020", "Alex Wilber");
        using var host = new ReflectionsHost(settings: new Dictionary<string, string?> { ["Reflections:DevelopmentCoaches:0"] = "user-id-0" });

        await host.Chat(playground).Send("reflect: modeled Padlet 20 min").ExpectCard(ReflectionSavedCard.Kind)
            .Send("my reflections").ExpectCard(ReflectionListCard.Kind, card => CardAssert.Contains(card, "modeled Padlet"));
        await host.Chat(ChatUser.Bob).Send("reflect: modeled Padlet 20 min").ExpectText(ReflectionTexts.ForTeachers);

        var saved = Assert.Single((await host.Store.ListAsync(playground.AadObjectId, ReflectionQuery.All, null, 10, TestContext.Current.CancellationToken)).Items);
        Assert.Equal("00000000-0000-0000-0000-0000000000020", saved.CoachId);
    }

    [Fact]
    public void DevelopmentCoaches_OutsideDevelopment_StopStartUpNamingTheKey()
    {
        using var factory = new CoachBotFactory("Production", settings: new Dictionary<string, string?>
        {
            ["Bot:AllowUnauthenticated"] = "true",
            ["Reflections:DevelopmentCoaches:0"] = "user-id-0",
        });

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("Reflections:DevelopmentCoaches is honoured only in the Development environment", Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentCoaches_NotHonoured_EvenIfTheValidatorWereBypassed()
    {
        var access = new ReflectionAccess(
            new RosterPolicy(new EmptyRoster(), Microsoft.Extensions.Options.Options.Create(new CoachingOptions())),
            Microsoft.Extensions.Options.Options.Create(new ReflectionsOptions { DevelopmentCoaches = ["user-id-0"] }),
            isDevelopment: false);

        Assert.Null(await access.CoachIdAsync(new TurnUser("user-id-0", null, "Alex"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Help_ForACoach_ListsReflectionsAsWorking_AndComingSoonKeepsOnlyGoalsAndTheNudge()
    {
        var card = HelpCard.Create(HostFeatures.Help(true, CoachingRole.Coach), "help-0001");

        var text = CardInspection.AllText(card);
        var coaches = text[text.IndexOf("For coaches", StringComparison.Ordinal)..text.IndexOf("Coming soon", StringComparison.Ordinal)];
        Assert.Contains("**reflect: what you did**", coaches, StringComparison.Ordinal);
        Assert.Contains("**diverted: what took your time**", coaches, StringComparison.Ordinal);
        Assert.Contains("**my reflections**", coaches, StringComparison.Ordinal);
        Assert.Contains("**reflection digest**", coaches, StringComparison.Ordinal);
        var comingSoon = text[text.IndexOf("Coming soon", StringComparison.Ordinal)..];
        Assert.DoesNotContain("reflection", comingSoon, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Coaches: set yearly goals with a weekly nudge", comingSoon, StringComparison.Ordinal);
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

    private static string Messages(Exception error)
    {
        var messages = new List<string>();
        for (var current = error; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" | ", messages);
    }

    private sealed class EmptyRoster : IRosterStore
    {
        public Task<RosterEntry?> FindAsync(string aadObjectId, CancellationToken cancellationToken) => Task.FromResult<RosterEntry?>(null);

        public Task<IReadOnlyList<RosterEntry>> ListAsync(CoachingRole role, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<RosterEntry>>([]);

        public Task<RosterWriteResult> GrantAsync(RosterMember member, CoachingRole role, string grantedBy, DateTimeOffset at, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<RosterWriteResult> RevokeAsync(string aadObjectId, CoachingRole role, string revokedBy, DateTimeOffset at, bool keepOneAdmin, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task RecordSeenAsync(RosterMember member, DateTimeOffset at, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<RosterChange>> GetHistoryAsync(string aadObjectId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<RosterChange>>([]);
    }
}
