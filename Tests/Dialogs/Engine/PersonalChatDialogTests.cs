using CoachBot.Cards.Views;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.State;
using CoachBot.Tests.Infrastructure;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Infrastructure.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Dialogs.Engine;

/// <summary>
/// A private command asked in a group chat runs in the person's personal chat: its form goes there, its dialog lives on
/// the personal chat's state, and the form is answered there; the group sees only the notice.
/// </summary>
public sealed class PersonalChatDialogTests : IDisposable
{
    private static readonly ChatPlace Group = ChatPlace.GroupChat("staff-room");

    private readonly EngineChatDriver _driver = new(services => services.AddTestFeature(feature => feature
        .Dialog<NoteFormDialog>()
        .Command(new CommandInfo("private note", null, IsPrivate: true), _ => new StartDialogCommand(NoteFormDialog.DialogId))
        .Command(new CommandInfo("note", null), _ => new StartDialogCommand(NoteFormDialog.DialogId))));

    private ChatScript Chat(ChatPlace place) => new(new ChatSession(_driver, ChatUser.Alice, place));

    [Fact]
    public async Task PrivateFormAskedInAGroup_GoesToThePersonalChat_AndIsSubmittedThere()
    {
        await Chat(Group)
            .Send("private note")
            .ExpectPrivate(reply => Assert.Equal(NoteFormDialog.Kind, reply.CardKind))
            .ExpectText("I've sent you a private message.")
            .ExpectNoMoreReplies()
            .In(ChatPlace.Personal(ChatUser.Alice))
            .Execute(NotePayload.VerbName, new { note = "Modelled Padlet with grade 4" })
            .ExpectInvokeCard(ReadOnlySummaryCard.Kind)
            .ExpectText("Saved: Modelled Padlet with grade 4")
            .ExpectCardUpdated(ReadOnlySummaryCard.Kind)
            .ExpectNoMoreReplies();

        // The dialog lived on the personal chat's state; the group's state holds none.
        var states = _driver.Services.GetRequiredService<IStateStore>();
        var groupState = await states.LoadAsync(StateKeys.Dialog("msteams", Group.ConversationId, ChatUser.Alice.AadObjectId), TestContext.Current.CancellationToken);
        Assert.True(groupState is null || !groupState.Json.Contains(NoteFormDialog.DialogId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrivateFormAskedInAGroup_IsNotAnsweredInTheGroup()
    {
        await Chat(Group)
            .Send("private note").ExpectPrivate().ExpectText("I've sent you a private message.")
            .Send("hello?").ExpectText(text => !text.Contains("fill in the card", StringComparison.Ordinal), "no reminder of a form in the group")
            .In(ChatPlace.Personal(ChatUser.Alice))
            .Send("hello?").ExpectTextContaining("fill in the card");
    }

    [Fact]
    public async Task ADialogInProgressInThePersonalChat_IsStoppedAndSaysSo()
    {
        await Chat(ChatPlace.Personal(ChatUser.Alice))
            .Send("note").ExpectCard(NoteFormDialog.Kind)
            .In(Group)
            .Send("private note")
            .ExpectPrivate(reply => Assert.Contains("I've stopped", reply.Text, StringComparison.Ordinal))
            .ExpectText("I've sent you a private message.")
            .ExpectPrivate(reply => Assert.Equal(NoteFormDialog.Kind, reply.CardKind))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task WhenThePersonalChatCannotBeOpened_TheGroupIsToldAndNothingWaits()
    {
        _driver.Connector.WithoutTheApp[ChatUser.Alice.Id] = true;

        await Chat(Group)
            .Send("private note")
            .ExpectText(DialogEngineTexts.PersonalChatUnreachable)
            .ExpectNoMoreReplies();

        var states = _driver.Services.GetRequiredService<IStateStore>();
        Assert.Null(await states.LoadAsync(StateKeys.Dialog("msteams", ChatPlace.Personal(ChatUser.Alice).ConversationId, ChatUser.Alice.AadObjectId), TestContext.Current.CancellationToken));
    }

    public void Dispose() => _driver.Dispose();
}
