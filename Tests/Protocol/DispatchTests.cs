using System.Net;
using System.Text;
using System.Text.Json;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.Engine;
using CoachBot.Tests.Infrastructure;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Protocol;

/// <summary>The dispatch table of /api/messages, driven through HTTP with the project's own payloads.</summary>
public sealed class DispatchTests : IDisposable
{
    private readonly CoachBotFactory _factory = new(configureServices: services => services.AddTestFeature(feature => feature
        .Command<ThrowingCommand>(new CommandInfo("explode", null))
        .Verb<ThrowingVerb>()));

    private ChatScript Chat(ChatPlace? place = null) =>
        new(new ChatSession(new HttpChatDriver(_factory), ChatUser.Alice, place ?? ChatPlace.Personal(ChatUser.Alice)));

    [Fact]
    public async Task Message_Help_AnswersWithTheHelpCard()
    {
        await Chat().Send("help").ExpectStatus(200).ExpectCard("help").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Message_AnythingElse_AnswersWithWhatCoachBotCanDo()
    {
        await Chat().Send("what's for lunch today?").ExpectStatus(200).ExpectTextContaining("help").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task ConversationUpdate_BotAdded_WelcomesOnceAcrossBothInstallEvents()
    {
        var place = ChatPlace.Personal(ChatUser.Alice);
        await Chat(place)
            .Deliver(s => ActivityBuilder.BotAdded(s.User, s.Place)).ExpectStatus(200).ExpectCard("welcome").ExpectNoMoreReplies()
            .Deliver(s => ActivityBuilder.Installation(s.User, s.Place, InstallationActions.Add)).ExpectStatus(200).ExpectNoMoreReplies()
            .Deliver(s => ActivityBuilder.BotAdded(s.User, s.Place)).ExpectStatus(200).ExpectNoMoreReplies();
    }

    [Fact]
    public async Task InstallationUpdate_AddThenAddUpgrade_WelcomesOnlyOnAdd()
    {
        await Chat(ChatPlace.GroupChat("install"))
            .Deliver(s => ActivityBuilder.Installation(s.User, s.Place, InstallationActions.Add)).ExpectCard("welcome")
            .Deliver(s => ActivityBuilder.Installation(s.User, s.Place, InstallationActions.AddUpgrade)).ExpectStatus(200).ExpectNoMoreReplies();
    }

    [Fact]
    public async Task InstallationUpdate_AddUpgradeFirst_DoesNotWelcome()
    {
        await Chat(ChatPlace.GroupChat("upgrade"))
            .Deliver(s => ActivityBuilder.Installation(s.User, s.Place, InstallationActions.AddUpgrade)).ExpectStatus(200).ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("removed")]
    [InlineData("uninstalled")]
    public async Task BotRemoved_IsAcknowledgedSilently(string how)
    {
        await Chat(ChatPlace.GroupChat(how))
            .Deliver(s => how == "removed"
                ? ActivityBuilder.BotRemoved(s.User, s.Place)
                : ActivityBuilder.Installation(s.User, s.Place, InstallationActions.Remove))
            .ExpectStatus(200).ExpectNoMoreReplies();
    }

    [Fact]
    public async Task BotRemoved_MarksTheConversationInactive_AndAReinstallWelcomesAgain()
    {
        var place = ChatPlace.GroupChat("reinstall");
        await Chat(place)
            .Deliver(s => ActivityBuilder.BotAdded(s.User, s.Place)).ExpectCard("welcome")
            .Deliver(s => ActivityBuilder.BotRemoved(s.User, s.Place)).ExpectNoMoreReplies()
            .Then(async _ =>
            {
                var directory = _factory.Services.GetRequiredService<CoachBot.Bot.Outbound.IConversationDirectory>();
                var conversation = await directory.FindConversationAsync(place.ConversationId, TestContext.Current.CancellationToken);
                Assert.False(conversation!.Active);
            })
            .Deliver(s => ActivityBuilder.BotAdded(s.User, s.Place)).ExpectCard("welcome");
    }

    [Fact]
    public async Task Invoke_ChoiceOnADidYouMeanCard_ReplacesItForThePresserAndUpdatesTheMessageForEveryone()
    {
        await Chat()
            .Send("tell me about coaching").ExpectCard("roles.didyoumean")
            .Execute("roles.topic").ExpectStatus(200).ExpectInvokeCard("role.answer")
            .ExpectCard("role.answer", update => Assert.True(update.IsUpdate, "expected a PUT of the pressed card's message"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Invoke_UnknownVerb_AnswersOutOfDate()
    {
        var invoke = ActivityBuilder.Execute(ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice), "no.such.verb", [], "123");
        await Chat().Deliver(_ => invoke).ExpectStatus(200).ExpectInvokeMessage("out of date").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Invoke_MissingVerb_AnswersOutOfDate()
    {
        var invoke = ActivityBuilder.Execute(ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice), "", [], "123");
        await Chat().Deliver(_ => invoke).ExpectStatus(200).ExpectInvokeMessage("out of date");
    }

    [Fact]
    public async Task Invoke_WithoutName_Is200WithNoBody()
    {
        var result = await PostAsync(ActivityBuilder.OfType(ActivityTypes.Invoke, ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice)));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("", result.Body);
    }

    [Theory]
    [InlineData("task/fetch")]
    [InlineData("composeExtension/query")]
    [InlineData("signin/verifyState")]
    public async Task Invoke_OtherName_Is501(string name)
    {
        var result = await PostAsync(ActivityBuilder.OfType(ActivityTypes.Invoke, ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice), name));

        Assert.Equal(HttpStatusCode.NotImplemented, result.Status);
        Assert.Empty(_factory.Connector.Sent);
    }

    [Theory]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.Event)]
    [InlineData(ActivityTypes.MessageUpdate)]
    [InlineData("someFutureType")]
    public async Task OtherTypes_AreAcknowledgedAndIgnored(string type)
    {
        var result = await PostAsync(ActivityBuilder.OfType(type, ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice)));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Empty(_factory.Connector.Sent);
    }

    [Theory]
    [InlineData("<at>CoachBot</at> help", "CoachBot")]
    [InlineData("<at>My Combined</at>help\n", "My Combined")]
    [InlineData("help <at>Coach Bot (Preview)</at>\n\n", "Coach Bot (Preview)")]
    public async Task Message_InAChannel_BotMentionIsStrippedWhateverTheDisplayName(string text, string displayName)
    {
        var activity = ActivityBuilder.Message(ChatUser.Alice, ChatPlace.Channel(), "ignored");
        activity.Text = text;
        activity.Entities = [new Entity { Type = "mention", Text = $"<at>{displayName}</at>", Mentioned = new ChannelAccount { Id = ActivityBuilder.BotId, Name = displayName } }];

        await Chat(ChatPlace.Channel()).Deliver(_ => activity).ExpectCard("help").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Message_Redelivered_IsProcessedOnce()
    {
        var activity = ActivityBuilder.Message(ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice), "help");

        await Chat().Deliver(_ => activity).ExpectCard("help").Deliver(_ => activity).ExpectStatus(200).ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Invoke_Redelivered_GetsTheOriginalResponseBack()
    {
        var invoke = ActivityBuilder.Execute(ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice), "no.such.verb", [], "123");

        var first = await PostAsync(invoke);
        var second = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Body, second.Body);
    }

    [Fact]
    public async Task Message_WhenTheTurnThrows_UserGetsAnApologyAndTheHostStaysUp()
    {
        await Chat()
            .Send("explode").ExpectStatus(200).ExpectTextContaining("something went wrong").ExpectNoMoreReplies()
            .Send("help").ExpectCard("help");
    }

    [Fact]
    public async Task Invoke_WhenTheTurnThrows_AnswersAWellFormedInvokeMessage()
    {
        var invoke = ActivityBuilder.Execute(ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice), ThrowingVerb.Name, [], "123");

        await Chat().Deliver(_ => invoke).ExpectStatus(200).ExpectInvokeMessage("something went wrong").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Healthz_And_Readyz_AreUp()
    {
        using var client = _factory.CreateClient();

        using var live = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        using var ready = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(Activity activity)
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync(
            "/api/messages",
            new StringContent(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity), Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public void Dispose() => _factory.Dispose();

    private sealed class ThrowingCommand : IChatCommand
    {
        public Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A feature failed (this failure is part of the test).");
    }

    private sealed class ThrowingVerb : ICardActionHandler
    {
        public const string Name = "test.explode";

        public string Verb => Name;

        public Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A card handler failed (this failure is part of the test).");
    }
}
