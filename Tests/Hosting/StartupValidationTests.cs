using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Hosting;

/// <summary>A wrong setting stops start-up with a message that names the key, before any request is served.</summary>
public class StartupValidationTests
{
    public static TheoryData<string, string, string> WrongSettings() => new()
    {
        { "Storage:BusyTimeout", "00:05:00", "BusyTimeout" },
        { "Bot:ClockSkew", "01:00:00", "ClockSkew" },
        { "Bot:MaxRequestBodyBytes", "10", "MaxRequestBodyBytes" },
        { "School:DefaultTimeZone", "Mars/Olympus_Mons", "School:DefaultTimeZone" },
        { "School:Breaks:0:Start", "not a date", "School:Breaks:0" },
        { "Coaching:Admins:0", "29:not-an-entra-id", "Coaching:Admins" },
        { "Jobs:MaxAttempts", "0", "MaxAttempts" },
        { "Outbound:TenantRequestsPerSecond", "0", "TenantRequestsPerSecond" },
        { "Nudges:ShareOfBudgetWhileBusy", "1.5", "ShareOfBudgetWhileBusy" },
        { "Bot:AppIdd", "typo", "AppIdd" },
        { "Knowledge:Path", "/nonexistent/coachbot-knowledge", "Knowledge:Path" },
    };

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public void Start_WithAWrongSetting_FailsNamingTheKey(string key, string value, string named)
    {
        using var factory = new CoachBotFactory(settings: new Dictionary<string, string?> { [key] = value });

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains(named, Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_InProductionWithoutAnAppId_FailsNamingBothKeys()
    {
        using var factory = new CoachBotFactory("Production");

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("Bot:AppId", Flatten(error), StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_InProductionWithTheExplicitFlag_RunsAnonymously()
    {
        using var factory = new CoachBotFactory("Production", settings: new Dictionary<string, string?> { ["Bot:AllowUnauthenticated"] = "true" });

        using var client = factory.CreateClient();

        Assert.NotNull(client);
    }

    private static string Flatten(Exception error)
    {
        var messages = new List<string>();
        for (var current = error; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
            if (current is AggregateException aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(Flatten));
            }
        }

        return string.Join(" | ", messages);
    }
}
