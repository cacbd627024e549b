using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Views;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Engine;
using CoachBot.Tests.Infrastructure;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Infrastructure.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Dialogs.Engine;

/// <summary>The card-form step: a form goes out, only its own submit continues the dialog, once.</summary>
public sealed class CardFormTests : IDisposable
{
    private readonly EngineChatDriver _driver = new(services => services.AddTestFeature(feature => feature
        .Fallback<EchoFallback>()
        .Welcome<TextWelcome>()
        .Dialog<NoteFormDialog>()
        .Command(new CommandInfo("note", null), _ => new StartDialogCommand(NoteFormDialog.DialogId))));

    private ChatScript Chat() => new(new ChatSession(_driver, ChatUser.Alice, ChatPlace.Personal(ChatUser.Alice)));

    [Fact]
    public async Task Execute_ReplacesTheFormWithAReadOnlySummaryAndGoesOn()
    {
        await Chat()
            .Send("note").ExpectCard(NoteFormDialog.Kind)
            .Execute(NotePayload.VerbName, new { note = "Modelled Padlet with grade 4" })
            .ExpectInvokeCard(ReadOnlySummaryCard.Kind)
            .ExpectText("Saved: Modelled Padlet with grade 4")
            .ExpectCardUpdated(ReadOnlySummaryCard.Kind)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Execute_TheSameCardTwice_SecondPressGetsAlreadySaved()
    {
        await Chat()
            .Send("note").ExpectCard(NoteFormDialog.Kind)
            .Execute(NotePayload.VerbName, new { note = "first" }).ExpectInvokeCard(ReadOnlySummaryCard.Kind).ExpectText("Saved: first")
            .ExpectCardUpdated(ReadOnlySummaryCard.Kind)
            .Execute(NotePayload.VerbName, new { note = "second" }).ExpectInvokeMessage("already saved")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Submit_FromAnOlderClient_IsRoutedTheSameWay()
    {
        await Chat()
            .Send("note").ExpectCard(NoteFormDialog.Kind)
            .Submit(NotePayload.VerbName, new { note = "via submit" })
            .ExpectText("Saved.")
            .ExpectText("Saved: via submit");
    }

    [Fact]
    public async Task Execute_WithAnInvalidValue_KeepsTheFormWaitingWithTheProblem()
    {
        await Chat()
            .Send("note").ExpectCard(NoteFormDialog.Kind)
            .Execute(NotePayload.VerbName, new { note = "   " }).ExpectInvokeMessage("Please write a note")
            .Execute(NotePayload.VerbName, new { note = "now filled" }).ExpectInvokeCard(ReadOnlySummaryCard.Kind).ExpectText("Saved: now filled");
    }

    [Fact]
    public async Task Execute_WithDataOfAnotherVersion_IsAnsweredNotThrown()
    {
        await Chat()
            .Send("note").ExpectCard(NoteFormDialog.Kind)
            .Execute(NotePayload.VerbName, new { v = 99, note = "from an old card" }).ExpectInvokeMessage("couldn't read")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task TypingWhileAFormWaits_RemindsTheUserAndKeepsThePlace()
    {
        await Chat()
            .Send("note").ExpectCard(NoteFormDialog.Kind)
            .Send("hello?").ExpectTextContaining("fill in the card")
            .Execute(NotePayload.VerbName, new { note = "done" }).ExpectInvokeCard(ReadOnlySummaryCard.Kind).ExpectText("Saved: done");
    }

    [Fact]
    public async Task PressingAnOldFormAfterCancel_IsOutOfDate()
    {
        await Chat()
            .Send("note").ExpectCard(NoteFormDialog.Kind)
            .Send("cancel").ExpectTextContaining("cancelled")
            .Execute(NotePayload.VerbName, new { note = "late" }).ExpectInvokeMessage("out of date");
    }

    public void Dispose() => _driver.Dispose();
}

/// <summary>A test form's only button.</summary>
public sealed record NotePayload(string? Note) : ICardActionPayload<NotePayload>
{
    public const string VerbName = "test.note.save";

    public static string Verb => VerbName;

    public static int Version => 1;

    public static JsonTypeInfo<NotePayload> JsonTypeInfo => NoteJsonContext.Default.NotePayload;
}

public sealed class NoteState
{
    public string? Note { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(NotePayload))]
[JsonSerializable(typeof(NoteState))]
internal sealed partial class NoteJsonContext : JsonSerializerContext;

/// <summary>Sends a one-field form, then confirms what was saved.</summary>
public sealed class NoteFormDialog : WaterfallDialog<NoteState>
{
    public const string DialogId = "test.note";
    public const string Kind = "test.note";

    public NoteFormDialog()
        : base(DialogId, NoteJsonContext.Default.NoteState)
    {
        Add(new CardFormStep<NoteState, NotePayload>(
            (_, _, cardId) => Form(cardId),
            data => CardActionPayload.Read<NotePayload>(data).Payload,
            (context, state, payload) =>
            {
                if (string.IsNullOrWhiteSpace(payload.Note))
                {
                    return new FormSubmitResult.Rejected("Please write a note before saving.");
                }

                state.Note = payload.Note.Trim();
                return new FormSubmitResult.Accepted(
                    ReadOnlySummaryCard.Create("Note saved", [new SummaryFact("Note", state.Note)], context.NewCardId()), "Saved.");
            }));
        Do((context, state, _) =>
        {
            context.Reply($"Saved: {state.Note}");
            return Task.FromResult(StepOutcome.End());
        });
    }

    private static RenderedCard Form(string cardId) => new(
        Kind,
        cardId,
        new AdaptiveCard
        {
            Body =
            [
                new Container
                {
                    Id = Kind,
                    Items = [new TextInput { Id = "note", Label = "Note", IsRequired = true, ErrorMessage = "Write a note." }],
                },
            ],
            Actions = [CardActionPayload.Execute("Save", new NotePayload(null), cardId)],
        },
        "Write a note");
}
