using System.Text;
using System.Text.Json;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Dialogs.Engine;
using CoachBot.Tests.Infrastructure;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Conversations;

/// <summary>Durable dialog state through the real host: restarts, concurrency, per-member dialogs, privacy.</summary>
public sealed class DialogStateTests : IDisposable
{
    private readonly List<CoachBotFactory> _factories = [];

    [Fact]
    public async Task DialogInProgress_SurvivesARestartOfTheHost()
    {
        var first = Host();
        first.DeleteDatabaseOnDispose = false;
        await Chat(first).Send("timezone").ExpectTextContaining("I'm using").ExpectTextContaining("Which time zone");
        first.Dispose();

        var second = Host(first.DatabasePath);
        await Chat(second).Send("Oslo").ExpectTextContaining("your time zone is now **Europe/Oslo**").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task FiftyTurnsOfOneConversationAtOnce_KeepAConsistentState()
    {
        // The outbound pacing (7 per second into one chat) is not under test here, and the host's clock is
        // fake (it never moves on its own), so the limits are raised for this burst of 51 replies.
        var host = Host(
            configure: services => services.AddTestFeature(feature => feature.Command<CountCommand>(new CommandInfo("count", null))),
            settings: new Dictionary<string, string?>
            {
                ["Outbound:TenantRequestsPerSecond"] = "1000",
                ["Outbound:ConversationRequestsPerSecond"] = "100",
                ["Outbound:ConversationRequestsPer30Seconds"] = "1000",
                ["Outbound:ConversationRequestsPer2Seconds"] = "200",
            });
        using var client = host.CreateClient();
        var place = ChatPlace.Personal(ChatUser.Alice);

        var turns = Enumerable.Range(0, 50).Select(async _ =>
        {
            var body = JsonSerializer.Serialize(ActivityBuilder.Message(ChatUser.Alice, place, "count"), ProtocolJsonContext.Default.Activity);
            using var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            return response.StatusCode;
        });
        var statuses = await Task.WhenAll(turns);

        Assert.All(statuses, status => Assert.Equal(System.Net.HttpStatusCode.OK, status));
        var counts = host.Connector.Sent.Select(s => s.Activity.Text).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, 50).Select(n => $"Turn {n:D2}").Order(StringComparer.Ordinal), counts);
        while (host.Connector.Sent.TryDequeue(out _))
        {
        }

        await Chat(host).Send("count").ExpectText("Turn 51");
    }

    [Fact]
    public async Task TwoMembersOfOneGroupChat_RunSeparateDialogs()
    {
        var host = Host();
        var group = ChatPlace.GroupChat("staff-room");

        await Chat(host, ChatUser.Alice, group)
            .Send("timezone").ExpectTextContaining("I'm using").ExpectTextContaining("Which time zone")
            .As(ChatUser.Bob).Send("Oslo").ExpectText(text => !text.Contains("time zone is now", StringComparison.Ordinal), "no answer to Alice's question")
            .As(ChatUser.Alice).Send("Auckland").ExpectTextContaining("your time zone is now **Pacific/Auckland**");
    }

    [Fact]
    public async Task PrivateCommandInAGroupChat_AnswersOneToOneAndShowsNothingInTheGroup()
    {
        var host = Host();
        var group = ChatPlace.GroupChat("private-check");

        await Chat(host, ChatUser.Alice, group)
            .Send("settings")
            .ExpectPrivate(reply => Assert.Contains("Your CoachBot settings", reply.Text, StringComparison.Ordinal))
            .ExpectText(text => text == "I've sent you a private message.", "the notice in the group")
            .ExpectNoMoreReplies();

        Assert.DoesNotContain(host.Connector.Sent, s => s.ConversationId == group.ConversationId && s.Activity.Text?.Contains("Roles", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Teacher_CannotRunAnAdminCommand_ButAConfiguredAdminCan()
    {
        var host = Host(settings: new Dictionary<string, string?> { ["Coaching:Admins:0"] = ChatUser.Carol.AadObjectId });
        var group = ChatPlace.GroupChat("roster");

        await Chat(host, ChatUser.Alice, group)
            .Deliver(s => WithMention(ActivityBuilder.Message(s.User, s.Place, "add coach <at>Bob Brown</at>"), ChatUser.Bob))
            .ExpectTextContaining("admin")
            .As(ChatUser.Carol)
            .Deliver(s => WithMention(ActivityBuilder.Message(s.User, s.Place, "add coach <at>Bob Brown</at>"), ChatUser.Bob))
            .ExpectTextContaining("Bob Brown")
            .As(ChatUser.Bob).Send("roster").ExpectTextContaining("admin")
            .As(ChatUser.Carol).Send("roster")
            .ExpectPrivate(reply => Assert.Contains("Bob Brown", reply.Text, StringComparison.Ordinal))
            .ExpectText("I've sent you a private message.");
    }

    [Fact]
    public async Task MentionWithoutAnEntraId_IsLookedUpThroughTheConnector()
    {
        var host = Host(settings: new Dictionary<string, string?> { ["Coaching:Admins:0"] = ChatUser.Carol.AadObjectId });
        host.Connector.Members[ChatUser.Bob.Id] = new ChannelAccount { Id = ChatUser.Bob.Id, Name = ChatUser.Bob.Name, AadObjectId = ChatUser.Bob.AadObjectId };

        await Chat(host, ChatUser.Carol, ChatPlace.Channel("staff"))
            .Deliver(s =>
            {
                var activity = WithMention(ActivityBuilder.Message(s.User, s.Place, "add coach <at>Bob Brown</at>"), ChatUser.Bob);
                activity.Entities![^1].Mentioned!.AadObjectId = null; // as Teams sends it
                return activity;
            })
            .ExpectTextContaining("Bob Brown")
            .As(ChatUser.Bob).In(ChatPlace.Personal(ChatUser.Bob)).Send("settings")
            .ExpectPrivate(reply => Assert.Contains("coach", reply.Text, StringComparison.Ordinal));
    }

    private static Activity WithMention(Activity activity, ChatUser mentioned)
    {
        activity.Entities!.Add(new Entity
        {
            Type = "mention",
            Text = $"<at>{mentioned.Name}</at>",
            Mentioned = new ChannelAccount { Id = mentioned.Id, Name = mentioned.Name, AadObjectId = mentioned.AadObjectId },
        });
        return activity;
    }

    private CoachBotFactory Host(string? databasePath = null, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new CoachBotFactory(settings: settings, configureServices: configure, databasePath: databasePath);
        _factories.Add(factory);
        return factory;
    }

    private static ChatScript Chat(CoachBotFactory host, ChatUser? user = null, ChatPlace? place = null) =>
        new(new ChatSession(new HttpChatDriver(host), user ?? ChatUser.Alice, place ?? ChatPlace.Personal(user ?? ChatUser.Alice)));

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }
    }

    /// <summary>Replies with this user's turn number in this conversation, read from the persisted state.</summary>
    private sealed class CountCommand : IChatCommand
    {
        public Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
        {
            context.Reply($"Turn {context.State.TurnCount:D2}");
            return Task.CompletedTask;
        }
    }
}
