using CoachBot.Dialogs.Features.TeamView;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.TeamView;

/// <summary><c>DevelopmentSeed:TeamSample</c>: a made-up school year for the Playground, in Development only.</summary>
public sealed class DevelopmentTeamSampleTests
{
    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["DevelopmentSeed:TeamSample"] = "true",
            ["School:Schools:0"] = "Lincoln Elementary",
            ["School:Schools:1"] = "Washington Middle",
        };
        for (var i = 0; i < 6; i++)
        {
            settings[$"DevelopmentSeed:People:{i}:AadObjectId"] = $"00000000-0000-4000-8000-0000000000{30 + i}";
            settings[$"DevelopmentSeed:People:{i}:Role"] = i == 0 ? "lead coach" : "coach";
        }

        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task InDevelopment_ASampleYearIsWrittenOnce_WithRequestsAndTheSeededCoachesReflections()
    {
        using var factory = new CoachBotFactory(settings: Settings());
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<ITeamViewStore>();
        var ct = TestContext.Current.CancellationToken;

        var requests = await store.ListRequestsAsync(DateTimeOffset.MinValue, ct);
        var reflections = await store.ListReflectionMinutesAsync(DateOnly.MinValue, DateOnly.MinValue, DateOnly.MaxValue, ct);

        Assert.InRange(requests.Count, 20, 120);
        Assert.Equal(6, reflections.Select(reflection => reflection.CoachId).Distinct().Count());
        Assert.Contains(requests, request => request.School == "Washington Middle");
    }

    [Fact]
    public void OutsideDevelopment_TheSampleStopsStartUp_NamingTheKey()
    {
        using var factory = new CoachBotFactory(
            "Production",
            settings: new Dictionary<string, string?> { ["DevelopmentSeed:TeamSample"] = "true", ["Bot:AllowUnauthenticated"] = "true" });

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("DevelopmentSeed:TeamSample is set, but CoachBot runs in the Production", Messages(error), StringComparison.Ordinal);
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
