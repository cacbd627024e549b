using CoachBot.Cards.Views.Goals;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Infrastructure.InMemory;

namespace CoachBot.Tests.Goals;

/// <summary>
/// <c>Development:Roles</c> makes the Agents Playground's user a coach for the end-to-end run. It works only in
/// Development: any other environment refuses to start while it is set.
/// </summary>
public sealed class DevelopmentRolesTests
{
    private static readonly ChatUser Playground = new("user-id-0", "00000000-0000-0000-0000-0000000000020", "Alex Wilber");

    [Fact]
    public async Task InDevelopment_TheSettingMakesThePlaygroundsUserACoach()
    {
        using var driver = new EngineChatDriver(settings: new Dictionary<string, string?> { ["Development:Roles"] = "user-id-0=coach" });

        await new ChatScript(new ChatSession(driver, Playground, ChatPlace.Personal(Playground)))
            .Send("goals").ExpectCard(GoalListCard.Kind);
        await new ChatScript(new ChatSession(driver, ChatUser.Carol, ChatPlace.Personal(ChatUser.Carol)))
            .Send("goals").ExpectTextContaining("Yearly goals are for coaches");
    }

    [Fact]
    public void InProduction_TheSettingStopsStartUp_NamingIt()
    {
        using var factory = new CoachBotFactory("Production", settings: new Dictionary<string, string?>
        {
            ["Bot:AllowUnauthenticated"] = "true",
            ["Development:Roles"] = "user-id-0=coach",
        });

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("Development:Roles is honoured only in the Development environment", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedSetting_StopsStartUp_NamingIt()
    {
        using var factory = new CoachBotFactory(settings: new Dictionary<string, string?> { ["Development:Roles"] = "user-id-0=wizard" });

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("Development:Roles: 'user-id-0=wizard'", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error)
    {
        var messages = new List<string>();
        for (var current = error; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" | ", messages);
    }
}
