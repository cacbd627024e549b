using CoachBot.Cards.Views.Reflections;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Reflections;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Reflections;

/// <summary>A coach logs a reflection three ways — the one-liner, the form, diverted time — and can edit or undo it.</summary>
public sealed class ReflectionCaptureTests : IDisposable
{
    private const string OneLiner = "reflect: modeled Padlet with Ms. Lee's 4th grade, went well 20 min";
    private readonly ReflectionsHost _host = new();

    [Fact]
    public async Task OneLiner_IsSavedAtOnceWithTheInferredRoleAndMinutes_AndTheCardShowsWhatWasSaved()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send(OneLiner)
            .ExpectCard(ReflectionSavedCard.Kind, card =>
            {
                CardAssert.Contains(card, "Reflection saved");
                CardAssert.Contains(card, "modeled Padlet with Ms. Lee's 4th grade, went well");
                CardAssert.Contains(card, "Classroom Supporter (my guess");
                CardAssert.Contains(card, "20 min");
                CardAssert.Contains(card, "Edit");
                CardAssert.Contains(card, "Undo");
            })
            .ExpectNoMoreReplies();

        var saved = Assert.Single(await _host.SavedAsync(ChatUser.Alice));
        Assert.Equal("modeled Padlet with Ms. Lee's 4th grade, went well", saved.Content.Text);
        Assert.Equal([TopicIds.ClassroomSupporter], saved.Content.Roles);
        Assert.True(saved.Content.RolesGuessed);
        Assert.Equal(20, saved.Content.Minutes);
        Assert.Equal(ReflectionKind.Coaching, saved.Content.Kind);
        Assert.Equal(ChatUser.Alice.AadObjectId, saved.CoachId);
        Assert.Equal(_host.Time.GetUtcNow(), saved.Time.At);
        Assert.Equal(TimeSpan.Zero, saved.Time.At.Offset);
        Assert.Equal("Europe/Oslo", saved.Time.TimeZoneId);
        Assert.Equal(new DateOnly(2026, 11, 30), saved.Time.LocalDate);
        Assert.Equal(new DateOnly(2026, 11, 30), saved.Time.WeekStart);
    }

    [Fact]
    public async Task OneLiner_WithoutMinutes_IsSavedWithoutThem()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect: co-planned a data talk with the grade 5 team")
            .ExpectCard(ReflectionSavedCard.Kind, card =>
            {
                CardAssert.Contains(card, "Minutes: ");
                CardAssert.Contains(card, "not given");
            });

        var saved = Assert.Single(await _host.SavedAsync(ChatUser.Alice));
        Assert.Null(saved.Content.Minutes);
        Assert.Equal("co-planned a data talk with the grade 5 team", saved.Content.Text);
    }

    [Fact]
    public async Task LeadCoach_MayReflectToo()
    {
        await _host.WithAsync(ChatUser.Carol, CoachingRole.LeadCoach);

        await _host.Chat(ChatUser.Carol).Send("reflect: ran the coaching team meeting 45 min").ExpectCard(ReflectionSavedCard.Kind);

        Assert.Equal(45, Assert.Single(await _host.SavedAsync(ChatUser.Carol)).Content.Minutes);
    }

    [Fact]
    public async Task Undo_TakesTheReflectionBack_AndTheCardSaysNothingIsKept()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send(OneLiner).ExpectCard(ReflectionSavedCard.Kind)
            .Execute(ReflectionUndoPayload.VerbName)
            .ExpectInvokeCard(ReflectionUndoneCard.Kind)
            .ExpectCardUpdated(ReflectionUndoneCard.Kind)
            .ExpectNoMoreReplies();

        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
    }

    [Fact]
    public async Task Undo_Twice_SecondPressFindsNothing()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send(OneLiner).ExpectCard(ReflectionSavedCard.Kind)
            .Execute(ReflectionUndoPayload.VerbName).ExpectInvokeCard(ReflectionUndoneCard.Kind).ExpectCardUpdated(ReflectionUndoneCard.Kind)
            .Execute(ReflectionUndoPayload.VerbName).ExpectInvokeMessage("couldn't find that reflection");
    }

    [Fact]
    public async Task UndoOnAnOldCard_NeverReachesTheReflectionSavedAfterIt()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.Chat(ChatUser.Alice)
            .Send(OneLiner).ExpectCard(ReflectionSavedCard.Kind)
            .Execute(ReflectionUndoPayload.VerbName).ExpectInvokeCard(ReflectionUndoneCard.Kind).ExpectCardUpdated(ReflectionUndoneCard.Kind);
        await _host.Chat(ChatUser.Alice).Send("reflect: a second one 10 min").ExpectCard(ReflectionSavedCard.Kind);
        var second = Assert.Single(await _host.SavedAsync(ChatUser.Alice));

        // The first card's Undo (reflection 1) is pressed again, as a stale client would.
        await ReflectionsHost.Press(_host.Chat(ChatUser.Alice), new ReflectionUndoPayload(1)).ExpectInvokeMessage("couldn't find that reflection");

        Assert.NotEqual(1, second.Id);
        Assert.Equal(second, Assert.Single(await _host.SavedAsync(ChatUser.Alice)));
    }

    [Fact]
    public async Task Edit_OpensTheFormInPlaceWithTheGuessedRolePreselected_AndSaveChangesIt()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send(OneLiner).ExpectCard(ReflectionSavedCard.Kind)
            .Execute(ReflectionEditPayload.VerbName)
            .ExpectInvokeCard(ReflectionFormCard.Kind)
            .ExpectCard(ReflectionFormCard.Kind, form =>
            {
                Assert.True(form.IsUpdate);
                Assert.Equal(TopicIds.ClassroomSupporter, Input(form, ReflectionFormCard.RolesId).GetProperty("value").GetString());
                Assert.Equal("modeled Padlet with Ms. Lee's 4th grade, went well", Input(form, ReflectionFormCard.TextId).GetProperty("value").GetString());
                Assert.Equal(20, Input(form, ReflectionFormCard.MinutesId).GetProperty("value").GetInt32());
                CardAssert.Contains(form, ReflectionFormCard.Reminder);
            })
            .Execute(ReflectionSavePayload.VerbName, new { text = "modeled Padlet with the grade 4 team", roles = "role.mentor,role.classroom-supporter", minutes = "35", wentWell = "kids posted", nextStep = "try it with grade 5" })
            .ExpectInvokeCard(ReflectionSavedCard.Kind)
            .ExpectCard(ReflectionSavedCard.Kind, card =>
            {
                CardAssert.Contains(card, "Reflection updated");
                CardAssert.Contains(card, "Mentor, Classroom Supporter");
                CardAssert.Contains(card, "35 min");
            })
            .ExpectNoMoreReplies();

        var saved = Assert.Single(await _host.SavedAsync(ChatUser.Alice));
        Assert.Equal("modeled Padlet with the grade 4 team", saved.Content.Text);
        Assert.Equal([TopicIds.Mentor, TopicIds.ClassroomSupporter], saved.Content.Roles);
        Assert.False(saved.Content.RolesGuessed);
        Assert.Equal(35, saved.Content.Minutes);
        Assert.Equal("kids posted", saved.Content.WentWell);
        Assert.Equal("try it with grade 5", saved.Content.NextStep);
        Assert.Equal(_host.Time.GetUtcNow(), saved.EditedAt);
    }

    [Fact]
    public async Task Form_FilledAndSaved_IsSavedOnce_AndReplacedByWhatWasSaved()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect")
            .ExpectCard(ReflectionFormCard.Kind, form =>
            {
                CardAssert.Contains(form, "New reflection");
                CardAssert.Contains(form, ReflectionFormCard.Reminder);
                Assert.Equal(10, Input(form, ReflectionFormCard.RolesId).GetProperty("choices").GetArrayLength());
                Assert.True(Input(form, ReflectionFormCard.RolesId).GetProperty("isMultiSelect").GetBoolean());
            })
            .Execute(ReflectionSavePayload.VerbName, new { text = "mentored Mr. Kim on station rotation", roles = "role.mentor", minutes = "25", diverted = "false" })
            .ExpectInvokeCard(ReflectionSavedCard.Kind)
            .ExpectCardUpdated(ReflectionSavedCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = "mentored Mr. Kim on station rotation", roles = "role.mentor", minutes = "25" })
            .ExpectInvokeMessage("already saved")
            .ExpectNoMoreReplies();

        var saved = Assert.Single(await _host.SavedAsync(ChatUser.Alice));
        Assert.Equal([TopicIds.Mentor], saved.Content.Roles);
        Assert.False(saved.Content.RolesGuessed);
        Assert.Equal(25, saved.Content.Minutes);
    }

    [Fact]
    public async Task Form_SavedWithNoRole_GetsTheRolesCoachBotInfers()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = "shared a list of math apps and websites with the teachers" })
            .ExpectInvokeCard(ReflectionSavedCard.Kind);

        var saved = Assert.Single(await _host.SavedAsync(ChatUser.Alice));
        Assert.Equal([TopicIds.ResourceProvider], saved.Content.Roles);
        Assert.True(saved.Content.RolesGuessed);
        Assert.Null(saved.Content.Minutes);
    }

    [Fact]
    public async Task Form_FromAnOlderClient_SubmitAnswersWithANewMessage()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Submit(ReflectionSavePayload.VerbName, new { text = "observed a lesson", roles = "role.classroom-supporter" })
            .ExpectCard(ReflectionSavedCard.Kind, card => Assert.False(card.IsUpdate))
            .ExpectNoMoreReplies();

        Assert.Single(await _host.SavedAsync(ChatUser.Alice));
    }

    [Fact]
    public async Task DivertedOneLiner_IsItsOwnKindWithoutRoles()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("diverted: bus duty 20 min")
            .ExpectCard(ReflectionSavedCard.Kind, card =>
            {
                CardAssert.Contains(card, "Diverted time saved");
                CardAssert.Contains(card, "bus duty");
                CardAssert.Contains(card, "kept apart from the ten roles");
                Assert.DoesNotContain("Roles:", card.CardText(), StringComparison.Ordinal);
            });

        var saved = Assert.Single(await _host.SavedAsync(ChatUser.Alice));
        Assert.Equal(ReflectionKind.Diverted, saved.Content.Kind);
        Assert.Empty(saved.Content.Roles);
        Assert.Equal(20, saved.Content.Minutes);
        Assert.Equal("bus duty", saved.Content.Text);
    }

    [Fact]
    public async Task DivertedWithoutMinutes_OpensTheFormToAddThem_AndSavesNothingYet()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("diverted: covered a 3rd grade class")
            .ExpectTextContaining("How long did it take?")
            .ExpectCard(ReflectionFormCard.Kind, form =>
            {
                CardAssert.Contains(form, "Log diverted time");
                Assert.Equal("true", Input(form, ReflectionFormCard.DivertedId).GetProperty("value").GetString());
                Assert.Equal("covered a 3rd grade class", Input(form, ReflectionFormCard.TextId).GetProperty("value").GetString());
            })
            .Execute(ReflectionSavePayload.VerbName, new { text = "covered a 3rd grade class", diverted = "true" })
            .ExpectInvokeMessage("Diverted time needs its minutes")
            .Execute(ReflectionSavePayload.VerbName, new { text = "covered a 3rd grade class", diverted = "true", minutes = "50", roles = "role.mentor" })
            .ExpectInvokeCard(ReflectionSavedCard.Kind);

        var saved = Assert.Single(await _host.SavedAsync(ChatUser.Alice));
        Assert.Equal(ReflectionKind.Diverted, saved.Content.Kind);
        Assert.Empty(saved.Content.Roles);
        Assert.Equal(50, saved.Content.Minutes);
    }

    [Fact]
    public async Task DivertedAlone_OpensTheFormWithDivertedOn()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("diverted")
            .ExpectCard(ReflectionFormCard.Kind, form => Assert.Equal("true", Input(form, ReflectionFormCard.DivertedId).GetProperty("value").GetString()))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Teacher_IsToldWhatCoachBotDoesForThemInstead_AndNothingIsSaved()
    {
        await _host.Chat(ChatUser.Bob)
            .Send(OneLiner)
            .ExpectText(ReflectionTexts.ForTeachers)
            .Send("reflect").ExpectText(ReflectionTexts.ForTeachers)
            .Send("diverted: bus duty 20 min").ExpectText(ReflectionTexts.ForTeachers)
            .Send("my reflections").ExpectText(ReflectionTexts.ForTeachers)
            .Send("reflection digest").ExpectText(ReflectionTexts.ForTeachers)
            .ExpectNoMoreReplies();

        Assert.Empty(await _host.SavedAsync(ChatUser.Bob));
        Assert.Contains("what does a mentor do?", ReflectionTexts.ForTeachers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdminWhoIsNoCoach_CannotReflect()
    {
        using var host = new ReflectionsHost(settings: new Dictionary<string, string?> { ["Coaching:Admins:0"] = ChatUser.Carol.AadObjectId });

        await host.Chat(ChatUser.Carol).Send(OneLiner).ExpectText(ReflectionTexts.ForTeachers);

        Assert.Empty(await host.SavedAsync(ChatUser.Carol));
    }

    private static System.Text.Json.JsonElement Input(ChatReply card, string id) => CardAssert.Input(card, id);

    public void Dispose() => _host.Dispose();
}
