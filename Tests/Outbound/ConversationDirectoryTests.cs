using System.Text.Json;
using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Tests.Infrastructure;
using CoachBot.Tests.Infrastructure.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Outbound;

/// <summary>
/// Who-is-where (protocol.md §5), upserted from real Teams payloads: the contract of <see cref="IConversationDirectoryStore"/>,
/// run through the directory on each provider.
/// </summary>
public abstract class ConversationDirectoryTests
{
    /// <summary>Replaces the host's stores with the provider under test (null: SQLite, as the host registers it).</summary>
    protected abstract Action<IServiceCollection>? ReplaceStores { get; }

    private Task<OutboundTestHost> StartHostAsync() => OutboundTestHost.StartAsync(services: ReplaceStores);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PersonalMessage_RecordsTheConversationAndTheUser()
    {
        var activity = Fixture("msteams-message-personal-text.json");
        await using var host = await StartHostAsync();

        await host.RecordAsync(activity);

        var directory = host.Get<IConversationDirectory>();
        var conversation = await directory.FindConversationAsync(activity.Conversation!.Id!, Ct);
        Assert.NotNull(conversation);
        Assert.Equal("https://smba.trafficmanager.net/amer/", conversation.ServiceUrl);
        Assert.Equal(ConversationTypes.Personal, conversation.ConversationType);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", conversation.TenantId);
        Assert.Equal("28:cd59cf47-aca1-41e0-8441-387faee8331e", conversation.BotId);
        Assert.True(conversation.ServiceUrlVerified);
        Assert.True(conversation.Active);

        var user = await directory.FindUserAsync("6d415fdd-f97e-4f70-ac45-e69601e4ecb2", Ct);
        Assert.NotNull(user);
        Assert.Equal(activity.From!.Id, user.TeamsUserId);
        Assert.Equal("Tien Suwandy", user.Name);
        Assert.Equal(activity.Conversation.Id, user.PersonalConversationId);
        Assert.Equal("en-US", user.Locale);
        Assert.Null(user.TimeZone);
        Assert.True(user.Active);
    }

    [Fact]
    public async Task LocalTimezone_IsStoredAsSent()
    {
        var activity = Fixture("msteams-invoke-adaptiveCard-action-execute-personal.json");
        await using var host = await StartHostAsync();

        await host.RecordAsync(activity);

        var user = await host.Get<IConversationDirectory>().FindUserAsync("c5e99701-2a32-49c1-a660-4629ceeb8c61", Ct);
        Assert.Equal("America/Los_Angeles", user!.TimeZone);
    }

    [Fact]
    public async Task ClientInfoTimezone_IsUsedWhenLocalTimezoneIsMissing_AndKeptWhenLaterActivitiesOmitIt()
    {
        await using var host = await StartHostAsync();
        var first = TestActivities.PersonalMessage("aad-1", "29:one", "a:one");
        first.Entities = [new Entity { Type = "clientInfo", ExtensionData = new() { ["timezone"] = JsonSerializer.SerializeToElement("Europe/Oslo") } }];
        await host.RecordAsync(first);
        await host.RecordAsync(TestActivities.PersonalMessage("aad-1", "29:one", "a:one", locale: null));

        var user = await host.Get<IConversationDirectory>().FindUserAsync("aad-1", Ct);

        Assert.Equal("Europe/Oslo", user!.TimeZone);
        Assert.Equal("en-US", user.Locale);
    }

    [Fact]
    public async Task ChannelMessage_RecordsTeamAndChannel_ButNoPersonalConversation()
    {
        var activity = Fixture("msteams-message-channel-reply-at-mention-tacv2.json");
        await using var host = await StartHostAsync();

        await host.RecordAsync(activity);

        var directory = host.Get<IConversationDirectory>();
        var conversation = await directory.FindConversationAsync(activity.Conversation!.Id!, Ct);
        Assert.Equal(ConversationTypes.Channel, conversation!.ConversationType);
        Assert.Equal("19:66P469zibfbsGI-_a0aN_toLTZpyzS6u7CT3TsXdgPw1@thread.tacv2", conversation.TeamId);
        Assert.Equal("19:6848757105754c8981c67612732d9aa7@thread.tacv2", conversation.ChannelRefId);
        var user = await directory.FindUserAsync("b15a9416-0ad3-4172-9210-7beb711d3f70", Ct);
        Assert.Null(user!.PersonalConversationId);
        Assert.Equal("https://smba.trafficmanager.net/amer/50612dbb-0237-4969-b378-8d42590f9c00/", user.ServiceUrl);
        Assert.Equal("28:0b6fe6d1-fece-44f7-9a48-56465e2d5ab8", user.BotId);
    }

    [Fact]
    public async Task MembersAdded_AreRememberedForLater1On1Chats()
    {
        var activity = Fixture("msteams-conversationUpdate-teamMemberAdded-user.json");
        await using var host = await StartHostAsync();

        await host.RecordAsync(activity);

        var added = await host.Get<IConversationDirectory>().FindUserAsync("E830A11B-50FE-465A-810C-5C308099CA2B", Ct);
        Assert.NotNull(added);
        Assert.Equal(activity.MembersAdded![0].Id, added.TeamsUserId);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", added.TenantId);
        Assert.Equal("28:eac5e5c6-ab14-4f50-80cb-49213fe51b1a", added.BotId);
        Assert.Equal("2c02739d-4041-4ef2-b8b8-75508bc04808",
            (await host.Get<IConversationDirectory>().FindConversationAsync(activity.Conversation!.Id!, Ct))!.TeamAadGroupId);
    }

    [Fact]
    public async Task AChangedServiceUrl_ReplacesTheStoredOne()
    {
        await using var host = await StartHostAsync();
        await host.RecordAsync(TestActivities.PersonalMessage("aad-1", "29:one", "a:one", "https://smba.trafficmanager.net/amer/"));
        await host.RecordAsync(TestActivities.PersonalMessage("aad-1", "29:one", "a:one", "https://smba.trafficmanager.net/emea/"));

        var directory = host.Get<IConversationDirectory>();
        Assert.Equal("https://smba.trafficmanager.net/emea/", (await directory.FindConversationAsync("a:one", Ct))!.ServiceUrl);
        Assert.Equal("https://smba.trafficmanager.net/emea/", (await directory.FindUserAsync("aad-1", Ct))!.ServiceUrl);
    }

    [Fact]
    public async Task AnActivityWithoutAadObjectId_StillRecordsItsConversation()
    {
        var activity = Fixture("emulator-message-text.json");
        await using var host = await StartHostAsync();

        await host.RecordAsync(activity, authenticated: false);

        var conversation = await host.Get<IConversationDirectory>().FindConversationAsync(activity.Conversation!.Id!, Ct);
        Assert.NotNull(conversation);
        Assert.False(conversation.ServiceUrlVerified);
        Assert.Equal("emulator", conversation.ChannelId);
    }

    [Fact]
    public async Task Removal_MarksInactive_UntilTheUserWritesAgain()
    {
        await using var host = await StartHostAsync();
        var directory = host.Get<IConversationDirectory>();
        await host.RecordAsync(TestActivities.PersonalMessage("aad-1", "29:one", "a:one"));

        await directory.MarkConversationInactiveAsync("a:one", Ct);

        Assert.False((await directory.FindConversationAsync("a:one", Ct))!.Active);
        Assert.False((await directory.FindUserAsync("aad-1", Ct))!.Active);

        await host.RecordAsync(TestActivities.PersonalMessage("aad-1", "29:one", "a:one"));

        Assert.True((await directory.FindConversationAsync("a:one", Ct))!.Active);
        Assert.True((await directory.FindUserAsync("aad-1", Ct))!.Active);
    }

    [Theory]
    [InlineData(null, "https://smba.trafficmanager.net/amer/")]
    [InlineData("a:one", null)]
    [InlineData("a:one", "not a url")]
    [InlineData("a:one", "ftp://files.example.com/")]
    public async Task UnusableActivities_AreIgnoredWithoutError(string? conversationId, string? serviceUrl)
    {
        await using var host = await StartHostAsync();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = serviceUrl,
            Conversation = conversationId is null ? null : new ConversationAccount { Id = conversationId },
            From = new ChannelAccount { Id = "29:one", AadObjectId = "aad-1" },
        };

        await host.RecordAsync(activity);

        Assert.Null(await host.Get<IConversationDirectory>().FindUserAsync("aad-1", Ct));
    }

    private static Activity Fixture(string name)
    {
        var path = SharedFolder.RequirePath($"fixtures/activities/{name}");
        return JsonSerializer.Deserialize(File.ReadAllText(path), ProtocolJsonContext.Default.Activity)!;
    }
}

public sealed class SqliteConversationDirectoryTests : ConversationDirectoryTests
{
    protected override Action<IServiceCollection>? ReplaceStores => null;
}

public sealed class InMemoryConversationDirectoryTests : ConversationDirectoryTests
{
    protected override Action<IServiceCollection>? ReplaceStores => InMemoryTurnStores.Register;
}
