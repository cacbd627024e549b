using CoachBot.Cards.Views.Goals;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.Features.Reflections;
using CoachBot.Tests.Goals;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Tests.Reflections;

/// <summary>
/// Reflections and goals (issue 19, item 4): the reflection form's goal picker links a reflection to one of the coach's
/// active goals, a one-liner whose words match an active goal is offered the link on its confirmation card, the goal then
/// shows its last linked reflection, and a reflection undone or deleted leaves no excerpt behind. A coach never sees,
/// nor links to, another coach's goal. The clock is Monday 30 November 2026 (GoalsChat).
/// </summary>
public sealed class ReflectionGoalTests : IDisposable
{
    private const string WorkshopOneLiner = "reflect: held the second parent workshop, 12 families came 45 min";

    private readonly GoalsChat _chat = new();

    private IReflectionStore Reflections => _chat.Driver.Services.GetRequiredService<IReflectionStore>();

    [Fact]
    public async Task Form_ListsOnlyTheCoachsActiveGoals_AndSaveLinksTheReflection_WhichTheGoalsCardShows()
    {
        var workshops = _chat.Seed(ChatUser.Alice, "Run parent workshops", unit: "parent workshops");
        var archived = _chat.Seed(ChatUser.Alice, "An old plan");
        var library = _chat.Seed(ChatUser.Alice, "Launch the staff resource library", serves: "task.online-library");
        _chat.Seed(ChatUser.Bob, "Bob's private goal");
        await _chat.Chat(ChatUser.Alice).Send($"archive goal #{archived.Id}").ExpectCard(GoalListCard.Kind);

        await _chat.Chat(ChatUser.Alice)
            .Send("reflect")
            .ExpectCard(ReflectionFormCard.Kind, form =>
            {
                var picker = CardAssert.Input(form, ReflectionFormCard.GoalId);
                Assert.Equal(ReflectionFormCard.NoGoal, picker.GetProperty("value").GetString());
                Assert.Equal(
                    ["No goal", $"#{workshops.Id} Run parent workshops", $"#{library.Id} Launch the staff resource library"],
                    picker.GetProperty("choices").EnumerateArray().Select(choice => choice.GetProperty("title").GetString()));
                Assert.DoesNotContain("Bob's private goal", form.CardText(), StringComparison.Ordinal);
            })
            .Execute(ReflectionSavePayload.VerbName, new { text = "planned the first workshop night with the PTA", minutes = "30", goal = workshops.Id.ToString(Inv) })
            .ExpectInvokeCard(ReflectionSavedCard.Kind)
            .ExpectCard(ReflectionSavedCard.Kind, card =>
            {
                CardAssert.Contains(card, $"#{workshops.Id} Run parent workshops");
                Assert.DoesNotContain("Link to goal", card.CardText(), StringComparison.Ordinal);
            })
            .Send("goals")
            .ExpectCard(GoalListCard.Kind, card => CardAssert.Contains(card, "Last linked reflection today: \u201cplanned the first workshop night with the PTA\u201d"))
            .ExpectNoMoreReplies();

        Assert.Equal(workshops.Id, (await LinkedGoalAsync(ChatUser.Alice, await OnlyReflectionIdAsync(ChatUser.Alice)))?.Id);
    }

    [Fact]
    public async Task ACoachWithoutGoals_GetsNoPicker_AndNoSuggestion()
    {
        _chat.Seed(ChatUser.Bob, "Run parent workshops", unit: "parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send("reflect")
            .ExpectCard(ReflectionFormCard.Kind, form => Assert.Null(CardAssert.FindInput(form, ReflectionFormCard.GoalId)))
            .Send(WorkshopOneLiner)
            .ExpectCard(ReflectionSavedCard.Kind, ShowsNoGoal)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task WithoutTheGoalsFeature_ReflectionsWork_WithoutPickerSuggestionOrNote()
    {
        using var chat = new GoalsChat(configure: services => services.RemoveAll<IGoalLinks>());
        chat.Seed(ChatUser.Alice, "Run parent workshops", unit: "parent workshops");

        await chat.Chat(ChatUser.Alice)
            .Send("reflect")
            .ExpectCard(ReflectionFormCard.Kind, form => Assert.Null(CardAssert.FindInput(form, ReflectionFormCard.GoalId)))
            .Send(WorkshopOneLiner)
            .ExpectCard(ReflectionSavedCard.Kind, card => Assert.DoesNotContain("Link to goal", card.CardText(), StringComparison.Ordinal))
            .Execute(ReflectionUndoPayload.VerbName).ExpectInvokeCard(ReflectionUndoneCard.Kind).ExpectCardUpdated(ReflectionUndoneCard.Kind)
            .Send("reflection digest")
            .ExpectCard(ReflectionDigestCard.Kind, card => Assert.DoesNotContain("school weeks (breaks not counted)", card.CardText(), StringComparison.Ordinal))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Edit_PreselectsTheLinkedGoal_MovesTheLinkToAnother_AndNoGoalTakesItOff()
    {
        var workshops = _chat.Seed(ChatUser.Alice, "Run parent workshops", unit: "parent workshops");
        var library = _chat.Seed(ChatUser.Alice, "Launch the staff resource library", serves: "task.online-library");

        await _chat.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = "sorted the how-to guides", goal = workshops.Id.ToString(Inv) })
            .ExpectInvokeCard(ReflectionSavedCard.Kind).ExpectCardUpdated(ReflectionSavedCard.Kind)
            .Execute(ReflectionEditPayload.VerbName)
            .ExpectInvokeCard(ReflectionFormCard.Kind)
            .ExpectCard(ReflectionFormCard.Kind, form =>
                Assert.Equal(workshops.Id.ToString(Inv), CardAssert.Input(form, ReflectionFormCard.GoalId).GetProperty("value").GetString()))
            .Execute(ReflectionSavePayload.VerbName, new { text = "sorted the how-to guides for the library", goal = library.Id.ToString(Inv) })
            .ExpectInvokeCard(ReflectionSavedCard.Kind)
            .ExpectCard(ReflectionSavedCard.Kind, card =>
            {
                CardAssert.Contains(card, "Reflection updated");
                CardAssert.Contains(card, $"#{library.Id} Launch the staff resource library");
            })
            .Then(async _ =>
            {
                Assert.Equal(library.Id, (await LinkedGoalAsync(ChatUser.Alice, await OnlyReflectionIdAsync(ChatUser.Alice)))?.Id);
                Assert.Null((await _chat.Store.FindAsync(ChatUser.Alice.AadObjectId, workshops.Id, Ct))!.LastReflection);
                Assert.Equal(
                    "sorted the how-to guides for the library", (await _chat.Store.FindAsync(ChatUser.Alice.AadObjectId, library.Id, Ct))!.LastReflection!.Excerpt);
            })
            .Execute(ReflectionEditPayload.VerbName).ExpectInvokeCard(ReflectionFormCard.Kind).ExpectCardUpdated(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = "sorted the how-to guides for the library", goal = ReflectionFormCard.NoGoal })
            .ExpectInvokeCard(ReflectionSavedCard.Kind)
            .ExpectCard(ReflectionSavedCard.Kind, card => Assert.DoesNotContain("Goal:", card.CardText(), StringComparison.Ordinal))
            .Send("goals")
            .ExpectCard(GoalListCard.Kind, card => Assert.DoesNotContain("Last linked reflection", card.CardText(), StringComparison.Ordinal));

        Assert.Null(await LinkedGoalAsync(ChatUser.Alice, await OnlyReflectionIdAsync(ChatUser.Alice)));
    }

    [Fact]
    public async Task EditingTheWords_OfALinkedReflection_RefreshesTheExcerptTheGoalShows()
    {
        var workshops = _chat.Seed(ChatUser.Alice, "Run parent workshops", unit: "parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = "first draft of the workshop", goal = workshops.Id.ToString(Inv) })
            .ExpectInvokeCard(ReflectionSavedCard.Kind).ExpectCardUpdated(ReflectionSavedCard.Kind)
            .Execute(ReflectionEditPayload.VerbName).ExpectInvokeCard(ReflectionFormCard.Kind).ExpectCardUpdated(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = "the workshop's agenda, final", goal = workshops.Id.ToString(Inv) })
            .ExpectInvokeCard(ReflectionSavedCard.Kind).ExpectCardUpdated(ReflectionSavedCard.Kind)
            .Send("goals")
            .ExpectCard(GoalListCard.Kind, card =>
            {
                CardAssert.Contains(card, "\u201cthe workshop's agenda, final\u201d");
                Assert.DoesNotContain("first draft", card.CardText(), StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task OneLiner_WhoseWordsMatchAGoal_IsOfferedTheLink_AndThePressLinksItInPlace()
    {
        _chat.Seed(ChatUser.Alice, "Launch the staff resource library", serves: "task.online-library");
        var workshops = _chat.Seed(ChatUser.Alice, "Run parent workshops on our learning platform", unit: "parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send(WorkshopOneLiner)
            .ExpectCard(ReflectionSavedCard.Kind, card =>
            {
                CardAssert.Contains(card, "this sounds like your goal");
                CardAssert.Contains(card, $"Link to goal #{workshops.Id}: Run parent workshops\u2026");
            })
            .Execute(ReflectionLinkGoalPayload.VerbName)
            .ExpectInvokeCard(ReflectionSavedCard.Kind)
            .ExpectCard(ReflectionSavedCard.Kind, card =>
            {
                Assert.True(card.IsUpdate);
                CardAssert.Contains(card, $"#{workshops.Id} Run parent workshops on our learning platform");
                Assert.DoesNotContain("Link to goal", card.CardText(), StringComparison.Ordinal);
                Assert.DoesNotContain("sounds like", card.CardText(), StringComparison.Ordinal);
            })
            .Send("goals")
            .ExpectCard(GoalListCard.Kind, card => CardAssert.Contains(card, "Last linked reflection today: \u201cheld the second parent workshop, 12 families came\u201d"))
            .ExpectNoMoreReplies();

        // Two days later the goal counts the days since.
        _chat.Time.Advance(TimeSpan.FromDays(2));
        await _chat.Chat(ChatUser.Alice)
            .Send("goals")
            .ExpectCard(GoalListCard.Kind, card => CardAssert.Contains(card, "Last linked reflection 2 days ago"));
    }

    [Fact]
    public async Task LinkButton_FromAnOlderClient_SubmitAnswersWithTheLinkedCardAsANewMessage()
    {
        var workshops = _chat.Seed(ChatUser.Alice, "Run parent workshops", unit: "parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send(WorkshopOneLiner).ExpectCard(ReflectionSavedCard.Kind)
            .Submit(ReflectionLinkGoalPayload.VerbName)
            .ExpectCard(ReflectionSavedCard.Kind, card =>
            {
                Assert.False(card.IsUpdate);
                CardAssert.Contains(card, $"#{workshops.Id} Run parent workshops");
            })
            .ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("reflect: modeled Padlet with Ms. Lee's 4th grade 20 min")]
    [InlineData("reflect: workshop on Padlet for the grade 4 teachers")]
    [InlineData("diverted: parent workshop setup, chairs and projector 30 min")]
    public async Task OneLiner_ThatMatchesNoGoal_OrDivertedTime_IsOfferedNoLink(string text)
    {
        _chat.Seed(ChatUser.Alice, "Run parent workshops on our learning platform", unit: "parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send(text)
            .ExpectCard(ReflectionSavedCard.Kind, ShowsNoGoal)
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task LinkButton_ForAnotherCoachsGoal_AMissingOne_OrOneArchivedSince_IsNotFoundInTheSameWords_AndLinksNothing()
    {
        var bobs = _chat.Seed(ChatUser.Bob, "Run parent workshops", unit: "parent workshops");
        var alices = _chat.Seed(ChatUser.Alice, "Run parent workshops", unit: "parent workshops");
        await _chat.Chat(ChatUser.Alice).Send(WorkshopOneLiner).ExpectCard(ReflectionSavedCard.Kind);
        var reflection = await OnlyReflectionIdAsync(ChatUser.Alice);
        await _chat.Chat(ChatUser.Alice).Send($"archive goal #{alices.Id}").ExpectCard(GoalListCard.Kind);

        var answers = new List<string>();
        foreach (var goal in new[] { bobs.Id, 987_654L, alices.Id })
        {
            await ReflectionsHost.Press(_chat.Chat(ChatUser.Alice), new ReflectionLinkGoalPayload(reflection, goal))
                .Then(s => Keep(answers, s, goal));
        }

        Assert.StartsWith("I couldn't find an active goal #0 of yours", answers[0], StringComparison.Ordinal);
        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
        Assert.Null(await LinkedGoalAsync(ChatUser.Alice, reflection));
        Assert.Null((await _chat.Store.FindAsync(ChatUser.Bob.AadObjectId, bobs.Id, Ct))!.LastReflection);
        Assert.Null(await _chat.Driver.Services.GetRequiredService<IGoalLinks>().LinkedGoalAsync(ChatUser.Bob.AadObjectId, reflection.ToString(Inv), Ct));
    }

    [Fact]
    public async Task LinkButton_OnAnotherCoachsReflection_OrOneUndone_FindsNoReflection()
    {
        var alices = _chat.Seed(ChatUser.Alice, "Run parent workshops", unit: "parent workshops");
        var bobs = _chat.Seed(ChatUser.Bob, "Run parent workshops", unit: "parent workshops");
        await _chat.Chat(ChatUser.Bob).Send(WorkshopOneLiner).ExpectCard(ReflectionSavedCard.Kind);
        var bobsReflection = await OnlyReflectionIdAsync(ChatUser.Bob);

        // Alice forges a press on Bob's reflection, with her own goal and with his.
        await ReflectionsHost.Press(_chat.Chat(ChatUser.Alice), new ReflectionLinkGoalPayload(bobsReflection, alices.Id))
            .ExpectInvokeMessage(ReflectionTexts.NotFound);
        await ReflectionsHost.Press(_chat.Chat(ChatUser.Alice), new ReflectionLinkGoalPayload(bobsReflection, bobs.Id))
            .ExpectInvokeMessage(ReflectionTexts.NotFound);
        Assert.Null((await _chat.Store.FindAsync(ChatUser.Alice.AadObjectId, alices.Id, Ct))!.LastReflection);
        Assert.Null((await _chat.Store.FindAsync(ChatUser.Bob.AadObjectId, bobs.Id, Ct))!.LastReflection);

        // Bob undoes his reflection; the suggestion on its old card finds nothing.
        await _chat.Chat(ChatUser.Bob)
            .Send(WorkshopOneLiner).ExpectCard(ReflectionSavedCard.Kind)
            .Execute(ReflectionUndoPayload.VerbName).ExpectInvokeCard(ReflectionUndoneCard.Kind).ExpectCardUpdated(ReflectionUndoneCard.Kind)
            .Execute(ReflectionLinkGoalPayload.VerbName).ExpectInvokeMessage(ReflectionTexts.NotFound)
            .ExpectNoMoreReplies();
        Assert.Null((await _chat.Store.FindAsync(ChatUser.Bob.AadObjectId, bobs.Id, Ct))!.LastReflection);
    }

    [Fact]
    public async Task Form_WithAnotherCoachsGoal_OrAnUnknownValue_IsAnsweredUnderTheForm_AndNothingIsSaved()
    {
        var bobs = _chat.Seed(ChatUser.Bob, "Bob's private goal");
        _chat.Seed(ChatUser.Alice, "Run parent workshops", unit: "parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = "a workshop", goal = bobs.Id.ToString(Inv) })
            .ExpectInvokeMessage("couldn't find that goal among your active goals")
            .Execute(ReflectionSavePayload.VerbName, new { text = "a workshop", goal = "first one" })
            .ExpectInvokeMessage("couldn't find that goal among your active goals")
            .ExpectNoMoreReplies();

        Assert.Empty((await Reflections.ListAsync(ChatUser.Alice.AadObjectId, ReflectionQuery.All, null, 10, Ct)).Items);
        Assert.Null((await _chat.Store.FindAsync(ChatUser.Bob.AadObjectId, bobs.Id, Ct))!.LastReflection);
    }

    [Fact]
    public async Task DivertedTime_IsNeverLinked_EvenWithAGoalPicked()
    {
        var workshops = _chat.Seed(ChatUser.Alice, "Run parent workshops", unit: "parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = "set up chairs for the workshop", diverted = "true", minutes = "30", goal = workshops.Id.ToString(Inv) })
            .ExpectInvokeCard(ReflectionSavedCard.Kind)
            .ExpectCard(ReflectionSavedCard.Kind, card =>
            {
                CardAssert.Contains(card, "Diverted time saved");
                Assert.DoesNotContain("Goal:", card.CardText(), StringComparison.Ordinal);
            });

        Assert.Null(await LinkedGoalAsync(ChatUser.Alice, await OnlyReflectionIdAsync(ChatUser.Alice)));
    }

    [Fact]
    public async Task Undo_ForgetsTheLink_SoTheGoalShowsNoExcerptOfIt()
    {
        _chat.Seed(ChatUser.Alice, "Run parent workshops", unit: "parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send(WorkshopOneLiner).ExpectCard(ReflectionSavedCard.Kind)
            .Execute(ReflectionLinkGoalPayload.VerbName).ExpectInvokeCard(ReflectionSavedCard.Kind).ExpectCardUpdated(ReflectionSavedCard.Kind)
            .Execute(ReflectionUndoPayload.VerbName).ExpectInvokeCard(ReflectionUndoneCard.Kind).ExpectCardUpdated(ReflectionUndoneCard.Kind)
            .Send("goals")
            .ExpectCard(GoalListCard.Kind, card =>
            {
                Assert.DoesNotContain("Last linked reflection", card.CardText(), StringComparison.Ordinal);
                Assert.DoesNotContain("families", card.CardText(), StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task DeleteFromTheList_ForgetsTheLink()
    {
        var workshops = _chat.Seed(ChatUser.Alice, "Run parent workshops", unit: "parent workshops");

        await _chat.Chat(ChatUser.Alice)
            .Send(WorkshopOneLiner).ExpectCard(ReflectionSavedCard.Kind)
            .Execute(ReflectionLinkGoalPayload.VerbName).ExpectInvokeCard(ReflectionSavedCard.Kind).ExpectCardUpdated(ReflectionSavedCard.Kind)
            .Send("my reflections").ExpectCard(ReflectionListCard.Kind)
            .Execute(ReflectionDeletePayload.VerbName).ExpectInvokeCard(ReflectionDeleteCard.Kind).ExpectCardUpdated(ReflectionDeleteCard.Kind)
            .Execute(ReflectionDeletePayload.VerbName).ExpectInvokeCard(ReflectionListCard.Kind).ExpectCardUpdated(ReflectionListCard.Kind);

        Assert.Empty((await Reflections.ListAsync(ChatUser.Alice.AadObjectId, ReflectionQuery.All, null, 10, Ct)).Items);
        Assert.Null((await _chat.Store.FindAsync(ChatUser.Alice.AadObjectId, workshops.Id, Ct))!.LastReflection);
    }

    [Fact]
    public async Task DeleteMyReflections_ForgetsEveryLink_AndLeavesAnotherCoachsAlone()
    {
        var alices = _chat.Seed(ChatUser.Alice, "Run parent workshops", unit: "parent workshops");
        var bobs = _chat.Seed(ChatUser.Bob, "Run parent workshops", unit: "parent workshops");
        foreach (var coach in new[] { ChatUser.Alice, ChatUser.Bob })
        {
            await _chat.Chat(coach)
                .Send(WorkshopOneLiner).ExpectCard(ReflectionSavedCard.Kind)
                .Execute(ReflectionLinkGoalPayload.VerbName).ExpectInvokeCard(ReflectionSavedCard.Kind).ExpectCardUpdated(ReflectionSavedCard.Kind);
        }

        await _chat.Chat(ChatUser.Alice)
            .Send("delete my reflections").ExpectCard(ReflectionDeleteAllCard.Kind)
            .Execute(ReflectionDeleteAllPayload.VerbName).ExpectInvokeCard(ReflectionDeleteAllCard.DeletedKind);

        Assert.Null((await _chat.Store.FindAsync(ChatUser.Alice.AadObjectId, alices.Id, Ct))!.LastReflection);
        Assert.NotNull((await _chat.Store.FindAsync(ChatUser.Bob.AadObjectId, bobs.Id, Ct))!.LastReflection);
    }

    public void Dispose() => _chat.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static System.Globalization.CultureInfo Inv => System.Globalization.CultureInfo.InvariantCulture;

    private async Task<long> OnlyReflectionIdAsync(ChatUser coach) =>
        Assert.Single((await Reflections.ListAsync(coach.AadObjectId, ReflectionQuery.All, null, 10, Ct)).Items).Id;

    private Task<GoalChoice?> LinkedGoalAsync(ChatUser coach, long reflectionId) =>
        _chat.Driver.Services.GetRequiredService<IGoalLinks>().LinkedGoalAsync(coach.AadObjectId, reflectionId.ToString(Inv), Ct);

    private static void ShowsNoGoal(ChatReply card)
    {
        Assert.DoesNotContain("Link to goal", card.CardText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Goal:", card.CardText(), StringComparison.Ordinal);
    }

    /// <summary>Keeps the invoke message with the goal's number made 0, so answers about different numbers compare.</summary>
    private static Task Keep(List<string> answers, ChatSession session, long goalId)
    {
        var text = session.InvokeBody("a message").GetProperty("value").GetString()!;
        answers.Add(text.Replace("#" + goalId.ToString(Inv), "#0", StringComparison.Ordinal));
        return Task.CompletedTask;
    }
}
