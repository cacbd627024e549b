using CoachBot.Cards.Views;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Features;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Infrastructure;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Infrastructure.InMemory;

namespace CoachBot.Tests.Dialogs.Features;

/// <summary>A feature is a folder: what its registration declares is what routes, what help shows and what start-up checks.</summary>
public sealed class FeatureRegistrationTests
{
    private static readonly Dictionary<string, string?> AliceIsAdmin = new() { ["Coaching:Admins:0"] = ChatUser.Alice.AadObjectId };

    [Fact]
    public async Task Help_ForATeacher_ShowsWhatEveryoneCanDo_AndNoAdminSection()
    {
        using var driver = new EngineChatDriver(settings: AliceIsAdmin);

        await Chat(driver, ChatUser.Bob).Send("help").ExpectCard(HelpCard.Kind, card =>
        {
            CardAssert.Contains(card, "For everyone");
            CardAssert.Contains(card, "roles");
            Assert.DoesNotContain("For admins", card.CardText(), StringComparison.Ordinal);
            Assert.DoesNotContain("add coach", card.CardText(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Help_ForAnAdmin_AddsTheAdminCommands()
    {
        using var driver = new EngineChatDriver(settings: AliceIsAdmin);

        await Chat(driver, ChatUser.Alice).Send("help").ExpectCard(HelpCard.Kind, card =>
        {
            CardAssert.Contains(card, "For admins");
            CardAssert.Contains(card, "add coach @Name");
            CardAssert.Contains(card, "roster");
        });
    }

    [Fact]
    public async Task ACommandAppearsInHelp_ByBeingRegistered_ForThePeopleWhoMayRunIt()
    {
        using var driver = new EngineChatDriver(
            services => services.AddTestFeature(feature => feature
                .Command(new CommandInfo("wave", "wave at the room"), _ => new TextCommand("👋"))
                .Command(new CommandInfo("secret plan", "plan the year", CoachingRoles.CoachName), _ => new TextCommand("planned"))),
            settings: AliceIsAdmin);

        await Chat(driver, ChatUser.Bob)
            .Send("help").ExpectCard(HelpCard.Kind, card =>
            {
                CardAssert.Contains(card, "**wave**: wave at the room");
                Assert.DoesNotContain("secret plan", card.CardText(), StringComparison.Ordinal);
            })
            .Send("wave").ExpectText("👋")
            .Send("secret plan").ExpectTextContaining("coach");
    }

    [Fact]
    public async Task APrivateCommand_AskedInAGroupChat_AnswersInThePersonalChat()
    {
        using var driver = new EngineChatDriver(services => services.AddTestFeature(feature => feature
            .Command(new CommandInfo("my secret", null, IsPrivate: true), _ => new TextCommand("only for you"))));

        await new ChatScript(new ChatSession(driver, ChatUser.Alice, ChatPlace.GroupChat()))
            .Send("my secret")
            .ExpectPrivate(reply => Assert.Equal("only for you", reply.Text))
            .ExpectText("I've sent you a private message.")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public void AStoreNoAreaRegisters_StopsStartUp_NamingTheFeatureAndTheStore()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new EngineChatDriver(services => services.AddFeature(
            new TestFeature("forgetful", feature => feature.Store<IUnregisteredStore>()))));

        Assert.Contains("forgetful", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(IUnregisteredStore), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoFeaturesClaimingOneCommand_StopStartUp()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new EngineChatDriver(services => services.AddTestFeature(feature => feature
            .Command(new CommandInfo("Roles", null), _ => new TextCommand("mine")))));

        Assert.Contains("roles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoFeaturesBindingOneOptionsSection_StopStartUp()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        IFeature[] features =
        [
            new TestFeature("a", feature => feature.Options<SchoolOptions>("Shared")),
            new TestFeature("b", feature => feature.Options<CoachingOptions>("shared")),
        ];

        var error = Assert.Throws<InvalidOperationException>(() => services.AddFeatures(features, new NoBinder()));

        Assert.Contains("shared", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static ChatScript Chat(EngineChatDriver driver, ChatUser user) =>
        new(new ChatSession(driver, user, ChatPlace.Personal(user)));

    public interface IUnregisteredStore;

    private sealed class TextCommand(string text) : IChatCommand
    {
        public Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken)
        {
            context.Reply(text);
            return Task.CompletedTask;
        }
    }

    private sealed class NoBinder : IFeatureOptionsBinder
    {
        public void Bind<TOptions>(string section)
            where TOptions : class
        {
        }
    }
}
