using System.Net;
using System.Text;
using System.Text.Json;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Tests.Infrastructure;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Protocol;

/// <summary>
/// Every real payload in ../shared/fixtures/activities, posted to /api/messages, gets the status the
/// dispatch table gives its type: 200 for messages, updates, reactions and unknown types; an invoke
/// response for adaptiveCard/action; 200 for an invoke without a name; 501 for any other named invoke.
/// </summary>
public sealed class FixtureConformanceTests : IDisposable
{
    private readonly CoachBotFactory _factory = new();

    public static TheoryData<string> Fixtures() => FixtureFiles.Activities();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Post_RealPayload_GetsTheStatusOfItsType(string fileName)
    {
        var path = SharedFolder.RequirePath($"fixtures/activities/{fileName}");
        var json = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        var activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;
        using var client = _factory.CreateClient();

        using var response = await client.PostAsync(
            "/api/messages", new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        var expected = activity switch
        {
            { Type: ActivityTypes.Invoke, Name: null or "" } => HttpStatusCode.OK,
            { Type: ActivityTypes.Invoke, Name: InvokeNames.AdaptiveCardAction } => HttpStatusCode.OK,
            { Type: ActivityTypes.Invoke } => HttpStatusCode.NotImplemented,
            _ => HttpStatusCode.OK,
        };
        Assert.Equal(expected, response.StatusCode);

        if (activity is { Type: ActivityTypes.Invoke, Name: InvokeNames.AdaptiveCardAction })
        {
            // The real captures carry no verb or one CoachBot never issued: the user is told the card is out of date.
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(ContentTypes.ActivityMessage, body.RootElement.GetProperty("type").GetString());
            Assert.Contains("out of date", body.RootElement.GetProperty("value").GetString(), StringComparison.OrdinalIgnoreCase);
        }

        var sent = _factory.Connector.Sent.ToArray();
        var botAdded = activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true
            || activity is { Type: ActivityTypes.InstallationUpdate, Action: InstallationActions.Add };
        if (botAdded)
        {
            Assert.Contains(sent, s => s.Activity.Attachments?.Any(a => a.ContentType == ContentTypes.AdaptiveCard) == true);
        }

        Assert.Empty(_factory.Connector.Unexpected);
    }

    public void Dispose() => _factory.Dispose();
}
