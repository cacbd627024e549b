using System.Globalization;
using System.Text.Json.Serialization;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Engine.Prompts;
using CoachBot.Dialogs.Features;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Dialogs.Engine;

/// <summary>State of the one-question test dialogs.</summary>
public sealed class QuestionState
{
    public string? Answer { get; set; }
}

[JsonSerializable(typeof(QuestionState))]
internal sealed partial class TestJsonContext : JsonSerializerContext;

/// <summary>Asks one question with a given prompt and echoes the typed answer ("Got: …").</summary>
public sealed class QuestionDialog<TValue> : WaterfallDialog<QuestionState>
{
    public QuestionDialog(string id, Prompt<TValue> prompt, string question, Func<TValue, string> format, IReadOnlyList<PromptChoice>? choices = null)
        : base(id, TestJsonContext.Default.QuestionState)
    {
        Ask(prompt, (_, _) => new PromptOptions { Text = question, Choices = choices }, (state, value) => state.Answer = format(value));
        Do((context, state, _) =>
        {
            context.Reply($"Got: {state.Answer}");
            return Task.FromResult(StepOutcome.End());
        });
    }

    public override string Title => "the test question";
}

/// <summary>A command that starts a dialog (e.g. "ask number").</summary>
public sealed class StartDialogCommand(string dialogId) : IChatCommand
{
    public async Task RunAsync(DialogContext context, string arguments, CancellationToken cancellationToken) =>
        await context.BeginDialogAsync(dialogId, null, cancellationToken);
}

/// <summary>Stand-ins for the fallback and welcome features, so engine tests see plain text.</summary>
public sealed class EchoFallback : IFallbackHandler
{
    public Task HandleAsync(DialogContext context, string text, CancellationToken cancellationToken)
    {
        context.Reply($"Fallback: {text}");
        return Task.CompletedTask;
    }
}

public sealed class TextWelcome : IWelcomeHandler
{
    public Task WelcomeAsync(DialogContext context, CancellationToken cancellationToken)
    {
        context.Reply("Welcome!");
        return Task.CompletedTask;
    }
}

internal static class TestDialogRegistration
{
    public static readonly IReadOnlyList<PromptChoice> Roles =
    [
        new("role.mentor", "Mentor", ["coach"]),
        new("role.data-coach", "Data coach"),
        new("role.learner", "Learner"),
    ];

    /// <summary>The engine with one test dialog per prompt type and text stand-ins for fallback/welcome.</summary>
    public static void AddQuestionDialogs(IServiceCollection services) => services.AddTestFeature(feature =>
    {
        feature.Fallback<EchoFallback>().Welcome<TextWelcome>();
        Add<string, TextPrompt>(feature, "text", "What is your name?", v => v);
        Add<decimal, NumberPrompt>(feature, "number", "How many lessons this week?", v => v.ToString(CultureInfo.InvariantCulture));
        Add<bool, ConfirmPrompt>(feature, "confirm", "Shall I save it?", v => v ? "yes" : "no");
        Add<string, ChoicePrompt>(feature, "choice", "Which role?", v => v, Roles);
        Add<DateTimeAnswer, DateTimePrompt>(feature, "date", "When?", v => v.Instant?.ToString("u", CultureInfo.InvariantCulture) ?? v.Date.ToString("O", CultureInfo.InvariantCulture));
    });

    private static void Add<TValue, TPrompt>(FeatureBuilder feature, string name, string question, Func<TValue, string> format, IReadOnlyList<PromptChoice>? choices = null)
        where TPrompt : Prompt<TValue>
    {
        var id = $"test.ask.{name}";
        feature.Services.AddSingleton<Dialog>(provider => new QuestionDialog<TValue>(id, provider.GetRequiredService<TPrompt>(), question, format, choices));
        feature.Command(new CommandInfo($"ask {name}", null), _ => new StartDialogCommand(id));
    }
}
