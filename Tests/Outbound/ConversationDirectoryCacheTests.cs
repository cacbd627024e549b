using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Storage;
using CoachBot.Tests.Storage;

namespace CoachBot.Tests.Outbound;

/// <summary>
/// The directory does not rewrite an unchanged conversation and sender on every turn (only every 10 minutes,
/// seen in <c>updated_at</c>), yet a change, or a state it set itself (inactive, unreachable), is never hidden.
/// </summary>
public sealed class ConversationDirectoryCacheTests
{
    private const string Aad = "aad-1";
    private const string Conversation = "a:one";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheSameActivityAMinuteLater_DoesNotRewriteTheRecords()
    {
        await using var host = await OutboundTestHost.StartAsync();
        await host.RecordAsync(Message());
        var firstWrite = host.Clock.GetUtcNow();

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.RecordAsync(Message());

        Assert.Equal(firstWrite, (await ConversationAsync(host)).UpdatedAt);
        Assert.Equal(firstWrite, (await UserAsync(host)).UpdatedAt);
    }

    [Fact]
    public async Task TheSameActivityMoreThanTenMinutesLater_RefreshesTheRecords()
    {
        await using var host = await OutboundTestHost.StartAsync();
        await host.RecordAsync(Message());
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.RecordAsync(Message());

        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await host.RecordAsync(Message());

        var now = host.Clock.GetUtcNow();
        Assert.Equal(now, (await ConversationAsync(host)).UpdatedAt);
        Assert.Equal(now, (await UserAsync(host)).UpdatedAt);
    }

    [Fact]
    public async Task ANewServiceUrl_IsWrittenAtOnce()
    {
        await using var host = await OutboundTestHost.StartAsync();
        await host.RecordAsync(Message());
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        await host.RecordAsync(Message(serviceUrl: "https://smba.trafficmanager.net/emea/"));

        var conversation = await ConversationAsync(host);
        Assert.Equal("https://smba.trafficmanager.net/emea/", conversation.ServiceUrl);
        Assert.Equal(host.Clock.GetUtcNow(), conversation.UpdatedAt);
        Assert.Equal("https://smba.trafficmanager.net/emea/", (await UserAsync(host)).ServiceUrl);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("timeZone")]
    [InlineData("locale")]
    public async Task AChangedSenderField_IsWrittenAtOnce(string field)
    {
        await using var host = await OutboundTestHost.StartAsync();
        await host.RecordAsync(Message(timeZone: "America/New_York", locale: "en-US"));
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var changed = Message(timeZone: field == "timeZone" ? "Europe/Oslo" : "America/New_York", locale: field == "locale" ? "nb-NO" : "en-US");
        changed.From!.Name = field == "name" ? "Avery Coach-Lee" : changed.From.Name;

        await host.RecordAsync(changed);

        var user = await UserAsync(host);
        Assert.Equal((changed.From.Name, changed.LocalTimezone, changed.Locale), (user.Name, user.TimeZone, user.Locale));
        Assert.Equal(host.Clock.GetUtcNow(), user.UpdatedAt);
    }

    [Fact]
    public async Task AnAuthenticatedActivityAfterAnUnauthenticatedOne_VerifiesTheServiceUrlAtOnce()
    {
        await using var host = await OutboundTestHost.StartAsync();
        await host.RecordAsync(Message(), authenticated: false);
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        await host.RecordAsync(Message());

        Assert.True((await ConversationAsync(host)).ServiceUrlVerified);
    }

    [Fact]
    public async Task AUserMarkedUnreachable_WhoWritesAgain_IsActiveAgain()
    {
        await using var host = await OutboundTestHost.StartAsync();
        var directory = host.Get<IConversationDirectory>();
        await host.RecordAsync(Message());
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await directory.MarkUserUnreachableAsync(Aad, Ct);
        Assert.False((await UserAsync(host)).Active);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.RecordAsync(Message());

        var user = await UserAsync(host);
        Assert.True(user.Active);
        Assert.Equal(host.Clock.GetUtcNow(), user.UpdatedAt);
    }

    [Fact]
    public async Task AUserMarkedUnreachableWhileTheirMessageWasBeingRecorded_WhoWritesAgain_IsActiveAgain()
    {
        await using var host = await OutboundTestHost.StartAsync();
        var directory = host.Get<IConversationDirectory>();
        var database = host.Get<SqliteDatabase>();
        var recorder = new ManualSynchronizationContext();
        Task recording;
        Task marking;
        using (var gate = await WriterGate.HoldAsync(database, Ct))
        {
            // The message's write and the unreachable mark are committed together, the mark last (a send got 403
            // as the user wrote); the message's recorder resumes only after the mark has finished.
            recording = recorder.Start(() => host.RecordAsync(Message()));
            marking = directory.MarkUserUnreachableAsync(Aad, Ct);
            await gate.Release();
        }

        await marking;
        Assert.False((await UserAsync(host)).Active);
        recorder.RunPending();
        await recording;

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.RecordAsync(Message());

        Assert.True((await UserAsync(host)).Active);
    }

    [Fact]
    public async Task AConversationMarkedInactive_ThatGetsANewMessage_IsActiveAgain()
    {
        await using var host = await OutboundTestHost.StartAsync();
        var directory = host.Get<IConversationDirectory>();
        await host.RecordAsync(Message());
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await directory.MarkConversationInactiveAsync(Conversation, Ct);
        Assert.False((await ConversationAsync(host)).Active);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.RecordAsync(Message());

        Assert.True((await ConversationAsync(host)).Active);
        Assert.True((await UserAsync(host)).Active);
    }

    [Fact]
    public async Task AfterANewPersonalChatWasRecorded_TheNextInboundActivityIsWrittenAgain()
    {
        await using var host = await OutboundTestHost.StartAsync();
        var directory = host.Get<IConversationDirectory>();
        await host.RecordAsync(Message());
        var created = (await ConversationAsync(host)) with
        {
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            UpdatedAt = host.Clock.GetUtcNow(),
        };
        await directory.RecordPersonalConversationAsync(Aad, created, Ct);
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        await host.RecordAsync(Message());

        var conversation = await ConversationAsync(host);
        Assert.Equal(OutboundTestHost.TeamsServiceUrl, conversation.ServiceUrl);
        Assert.Equal(host.Clock.GetUtcNow(), conversation.UpdatedAt);
    }

    [Fact]
    public async Task MembersAdded_AreAlwaysWritten()
    {
        await using var host = await OutboundTestHost.StartAsync();
        var directory = host.Get<IConversationDirectory>();
        await host.RecordAsync(MembersAdded("aad-2", "29:two"));
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        await host.RecordAsync(MembersAdded("aad-3", "29:three"));
        await host.RecordAsync(MembersAdded("aad-3", "29:three"));

        Assert.NotNull(await directory.FindUserAsync("aad-2", Ct));
        var added = await directory.FindUserAsync("aad-3", Ct);
        Assert.Equal("29:three", added!.TeamsUserId);
        Assert.Equal(host.Clock.GetUtcNow(), (await directory.FindConversationAsync("19:general@thread.tacv2", Ct))!.UpdatedAt);
    }

    [Fact]
    public async Task AMemberAddedToAConversationWhoseMessagesAreRemembered_IsStillRecorded()
    {
        await using var host = await OutboundTestHost.StartAsync();
        var directory = host.Get<IConversationDirectory>();
        await host.RecordAsync(TestActivities.ChannelMessage(Aad, "29:one"));
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        await host.RecordAsync(MembersAdded("aad-2", "29:two"));

        Assert.Equal("29:two", (await directory.FindUserAsync("aad-2", Ct))!.TeamsUserId);
    }

    [Fact]
    public async Task ADifferentSenderInTheSameConversation_IsWrittenAtOnce()
    {
        await using var host = await OutboundTestHost.StartAsync();
        var directory = host.Get<IConversationDirectory>();
        await host.RecordAsync(TestActivities.ChannelMessage(Aad, "29:one"));
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        await host.RecordAsync(TestActivities.ChannelMessage("aad-2", "29:two"));

        Assert.Equal("29:two", (await directory.FindUserAsync("aad-2", Ct))!.TeamsUserId);
    }

    private static Activity Message(
        string serviceUrl = OutboundTestHost.TeamsServiceUrl,
        string? timeZone = null,
        string? locale = "en-US") =>
        TestActivities.PersonalMessage(Aad, "29:one", Conversation, serviceUrl, timeZone, locale);

    /// <summary>A bot-sent conversationUpdate of a team channel announcing one new member.</summary>
    private static Activity MembersAdded(string aadObjectId, string teamsUserId)
    {
        var activity = TestActivities.ChannelMessage(Aad, "29:one");
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Text = null;
        activity.MembersAdded = [new ChannelAccount { Id = teamsUserId, AadObjectId = aadObjectId }];
        return activity;
    }

    private static async Task<ConversationRecord> ConversationAsync(OutboundTestHost host) =>
        await host.Get<IConversationDirectory>().FindConversationAsync(Conversation, Ct)
        ?? throw new InvalidOperationException("The conversation was not recorded.");

    private static async Task<UserRecord> UserAsync(OutboundTestHost host) =>
        await host.Get<IConversationDirectory>().FindUserAsync(Aad, Ct)
        ?? throw new InvalidOperationException("The user was not recorded.");
}
