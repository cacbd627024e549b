using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Engine.Prompts;

namespace CoachBot.Tests.Dialogs.Engine;

public class DialogRouterTests
{
    private static readonly IFallbackHandler Fallback = new EchoFallback();
    private static readonly IWelcomeHandler Welcome = new TextWelcome();

    [Fact]
    public void Constructor_TwoCommandsWithOneName_RefusesToStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DialogRouter(
            [], [Command("ask text", "a"), Command("Ask  Text", "b")], [], Fallback, Welcome));

        Assert.Contains("ask text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TwoDialogsWithOneId_RefusesToStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DialogRouter([new TextPrompt(), new TextPrompt()], [], [], Fallback, Welcome));

        Assert.Contains(TextPrompt.DialogId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TwoHandlersForOneVerb_RefusesToStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DialogRouter([], [], [new FakeVerbHandler("roles.topic"), new FakeVerbHandler("roles.topic")], Fallback, Welcome));

        Assert.Contains("roles.topic", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ask text", "ask text", "")]
    [InlineData("Ask Text please", "ask text", "please")]
    [InlineData("ask  number  ", "ask number", "")]
    [InlineData("ask numbers", null, null)]
    [InlineData("ask text: modeled Padlet, went well", "ask text", "modeled Padlet, went well")]
    [InlineData("ask text:", "ask text", "")]
    [InlineData("tell me", null, null)]
    public void TryMatchCommand_MatchesWholeWordsLongestFirst(string text, string? expectedCommand, string? expectedArguments)
    {
        var router = new DialogRouter([], [Command("ask", "x"), Command("ask text", "a"), Command("ask number", "b")], [], Fallback, Welcome);

        var matched = router.TryMatchCommand(text, out var command, out var arguments);

        if (expectedCommand is null)
        {
            Assert.True(!matched || command.Name == "ask");
        }
        else
        {
            Assert.True(matched);
            Assert.Equal(expectedCommand, command.Name);
            Assert.Equal(expectedArguments, arguments);
        }
    }

    private static RegisteredCommand Command(string name, string dialogId) => new(new CommandInfo(name, null), new StartDialogCommand(dialogId));

    private sealed class FakeVerbHandler(string verb) : ICardActionHandler
    {
        public string Verb { get; } = verb;

        public Task HandleAsync(DialogContext context, CardActionInput action, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
