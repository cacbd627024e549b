using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Hosting;

/// <summary>The Development roster seed: applied in Development, impossible anywhere else.</summary>
public sealed class DevelopmentSeedTests
{
    private const string Megan = "00000000-0000-4000-8000-000000000021";

    private static Dictionary<string, string?> Seed(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["DevelopmentSeed:People:0:AadObjectId"] = Megan,
            ["DevelopmentSeed:People:0:Name"] = "Megan Bowen",
            ["DevelopmentSeed:People:0:Role"] = "coach",
            ["School:Schools:0"] = "Lincoln Elementary",
            ["School:Schools:1"] = "Washington Middle",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task InDevelopment_TheSeededPersonIsACoach_CoveringEveryRoleAtEverySchool()
    {
        using var factory = new CoachBotFactory(settings: Seed());
        using var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var roles = await factory.Services.GetRequiredService<RosterPolicy>().GetRolesAsync(Megan, ct);
        var coverage = await factory.Services.GetRequiredService<ICoverageStore>().FindAsync(Megan, ct);

        Assert.True(roles.Has(CoachingRole.Coach));
        Assert.Equal(10, coverage!.RoleIds.Count);
        Assert.Equal(["Lincoln Elementary", "Washington Middle"], coverage.Schools);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void OutsideDevelopment_ASeedStopsStartUp_NamingTheSection(string environment)
    {
        using var factory = new CoachBotFactory(environment, settings: Seed(("Bot:AllowUnauthenticated", "true")));

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("DevelopmentSeed:People is set, but CoachBot runs in the " + environment, Messages(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DevelopmentSeed:People:0:AadObjectId", "user-id-1", "DevelopmentSeed:People:0:AadObjectId 'user-id-1' is not an Entra object id")]
    [InlineData("DevelopmentSeed:People:0:Role", "teacher", "DevelopmentSeed:People:0:Role 'teacher' is not coach, lead coach or admin")]
    [InlineData("DevelopmentSeed:People:0:Covers:0", "role.astronaut", "DevelopmentSeed:People:0:Covers 'role.astronaut' is not a role id")]
    public void ABadSeedEntry_StopsStartUp_NamingTheKey(string key, string value, string expected)
    {
        using var factory = new CoachBotFactory(settings: Seed((key, value)));

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains(expected, Messages(error), StringComparison.Ordinal);
    }

    private static string Messages(Exception error)
    {
        var messages = new List<string>();
        for (var current = error; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
            if (current is AggregateException aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(Messages));
            }
        }

        return string.Join(" | ", messages);
    }
}
