using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Infrastructure.InMemory;

namespace CoachBot.Tests.Dialogs.Engine;

/// <summary>Each prompt type: valid, invalid then valid, too many invalid, cancel, help mid-prompt.</summary>
public sealed class PromptTests : IDisposable
{
    private readonly EngineChatDriver _driver = new(TestDialogRegistration.AddQuestionDialogs);

    private ChatScript Chat() => new(new ChatSession(_driver, ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice)));

    [Theory]
    [InlineData("text", "Ada Lovelace", "Got: Ada Lovelace")]
    [InlineData("number", "3", "Got: 3")]
    [InlineData("number", "twenty five", "Got: 25")]
    [InlineData("confirm", "yep", "Got: yes")]
    [InlineData("confirm", "no thanks", "Got: no")]
    [InlineData("choice", "2", "Got: role.data-coach")]
    [InlineData("choice", "Mentor", "Got: role.mentor")]
    [InlineData("choice", "mentr", "Got: role.mentor")]
    [InlineData("choice", "coach", "Got: role.mentor")]
    [InlineData("date", "2026-12-03", "Got: 2026-12-03")]
    [InlineData("date", "tomorrow at 3pm", "Got: 2026-12-01 14:00:00Z")]
    public async Task Prompt_ValidAnswer_CompletesWithTheTypedValue(string type, string answer, string expected)
    {
        await Chat()
            .Send($"ask {type}").ExpectText(_ => true, "the question")
            .Send(answer).ExpectText(expected)
            .ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("number", "lots", "3", "Got: 3")]
    [InlineData("confirm", "maybe", "yes", "Got: yes")]
    [InlineData("choice", "the principal", "learner", "Got: role.learner")]
    [InlineData("date", "whenever", "next monday", "Got: 2026-12-07")]
    public async Task Prompt_InvalidThenValid_RepromptsWithAHintThenCompletes(string type, string wrong, string right, string expected)
    {
        await Chat()
            .Send($"ask {type}").ExpectText(_ => true, "the question")
            .Send(wrong).ExpectText(t => t.StartsWith("Please", StringComparison.Ordinal) || t.StartsWith("I didn't", StringComparison.Ordinal), "a hint")
            .Send(right).ExpectText(expected)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task ChoicePrompt_ListsTheChoicesWithNumbers()
    {
        await Chat().Send("ask choice").ExpectText(t => t.Contains("1. Mentor", StringComparison.Ordinal) && t.Contains("3. Learner", StringComparison.Ordinal), "the numbered choices");
    }

    [Theory]
    [InlineData("number", "lots")]
    [InlineData("confirm", "perhaps")]
    [InlineData("choice", "nobody")]
    [InlineData("date", "someday")]
    public async Task Prompt_TooManyInvalidAnswers_GivesUpGracefully(string type, string wrong)
    {
        await Chat()
            .Send($"ask {type}").ExpectText(_ => true, "the question")
            .Send(wrong).ExpectText(_ => true, "a hint")
            .Send(wrong).ExpectText(_ => true, "a hint")
            .Send(wrong).ExpectTextContaining("leave that for now")
            .ExpectNoMoreReplies()
            .Send("something else").ExpectText("Fallback: something else");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("number")]
    [InlineData("date")]
    public async Task Prompt_Cancel_EndsTheDialogAndSaysSo(string type)
    {
        await Chat()
            .Send($"ask {type}").ExpectText(_ => true, "the question")
            .Send("cancel").ExpectTextContaining("cancelled")
            .Send("42").ExpectText("Fallback: 42");
    }

    [Fact]
    public async Task Cancel_WithNothingInProgress_SaysThereIsNothingToCancel()
    {
        await Chat().Send("cancel").ExpectTextContaining("nothing to cancel");
    }

    [Theory]
    [InlineData("number", "How many lessons this week?", "4", "Got: 4")]
    [InlineData("choice", "Which role?", "1", "Got: role.mentor")]
    public async Task Prompt_HelpMidPrompt_ShowsHelpThenAsksAgainWithoutLosingThePlace(string type, string question, string answer, string expected)
    {
        await Chat()
            .Send($"ask {type}").ExpectTextContaining(question)
            .Send("help").ExpectCard("help").ExpectTextContaining(question)
            .Send(answer).ExpectText(expected);
    }

    [Fact]
    public async Task NewCommandMidDialog_CancelsTheOldDialogTellsTheUserAndStartsTheNewOne()
    {
        await Chat()
            .Send("ask number").ExpectTextContaining("How many")
            .Send("ask text").ExpectTextContaining("stopped the test question").ExpectTextContaining("What is your name?")
            .Send("Ada").ExpectText("Got: Ada");
    }

    public void Dispose() => _driver.Dispose();
}
