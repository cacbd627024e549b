using CoachBot.Dialogs.OwnData;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.OwnData;

/// <summary><c>Bot:PublicBaseUrl</c>: empty (exports come as cards) or an https address; anything else stops start-up naming the key.</summary>
public sealed class PublicBaseUrlTests
{
    [Theory]
    [InlineData("http://coachbot.example.org", "must use https")]
    [InlineData("coachbot.example.org", "absolute https URL")]
    [InlineData("/download", "absolute https URL")]
    [InlineData("ftp://coachbot.example.org", "absolute https URL")]
    [InlineData("https://coachbot.example.org/?x=1", "no query")]
    [InlineData("https://coachbot.example.org/#frag", "no query")]
    [InlineData("https://admin:secret@coachbot.example.org", "user name")]
    public void AnAddressThatIsNotPlainHttps_StopsStartUp_NamingTheKey(string value, string why)
    {
        using var factory = new CoachBotFactory(settings: new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = value });

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        var message = Flatten(error);
        Assert.Contains("Bot:PublicBaseUrl (Bot__PublicBaseUrl)", message, StringComparison.Ordinal);
        Assert.Contains(why, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("https://coachbot.example.org", true)]
    [InlineData("https://school.example.org/coachbot/", true)]
    [InlineData("http://localhost:3978", true)]
    [InlineData("http://127.0.0.1:5000", true)]
    public void AnHttpsAddress_OrLoopbackForTrying_OrNone_Starts(string value, bool links)
    {
        using var factory = new CoachBotFactory(settings: new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = value });

        using var client = factory.CreateClient();

        Assert.Equal(links, factory.Services.GetRequiredService<IDownloadLinks>().CanMakeLinks);
    }

    [Fact]
    public async Task ALinkUnderABaseWithAPath_KeepsThePath()
    {
        using var factory = new CoachBotFactory(settings: new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = "https://school.example.org/coachbot/" });
        using var client = factory.CreateClient();

        var link = await factory.Services.GetRequiredService<IDownloadLinks>()
            .CreateAsync(new DownloadRequest("reflections", ChatUser.Alice.AadObjectId, "UTC"), TestContext.Current.CancellationToken);

        Assert.Matches("^https://school\\.example\\.org/coachbot/download#[A-Za-z0-9_-]{43}$", link.Url.AbsoluteUri);
        Assert.Equal(factory.Time.GetUtcNow() + TimeSpan.FromMinutes(10), link.ExpiresAt);
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
