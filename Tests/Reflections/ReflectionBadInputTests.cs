using CoachBot.Cards.Views.Reflections;
using CoachBot.Dialogs.Features.Reflections;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Reflections;

/// <summary>Bad input of any kind gets a friendly answer that names the problem, and nothing is saved.</summary>
public sealed class ReflectionBadInputTests : IDisposable
{
    private readonly ReflectionsHost _host = new();

    [Theory]
    [InlineData("reflect:")]
    [InlineData("reflect:    ")]
    [InlineData("reflect")]
    public async Task EmptyOneLiner_OpensTheForm(string line)
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice).Send(line).ExpectCard(ReflectionFormCard.Kind).ExpectNoMoreReplies();

        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
    }

    [Theory]
    [InlineData("reflect: 20 min")]
    [InlineData("diverted: 20 min")]
    [InlineData("reflect: (30 min)")]
    public async Task OneLinerWithOnlyMinutes_AsksForTheWords_AndSavesNothing(string line)
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice).Send(line).ExpectText(ReflectionTexts.TextMissing).ExpectNoMoreReplies();

        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
    }

    [Fact]
    public async Task OneLinerOf10000Characters_NamesTheLimit_EchoesNothing_AndSavesNothing()
    {
        await _host.WithAsync(ChatUser.Alice);
        var words = string.Concat(Enumerable.Repeat("padletpad ", 1000));

        await _host.Chat(ChatUser.Alice)
            .Send("reflect: " + words.Trim() + "x")
            .ExpectText(text => text.Contains("up to 2,000 characters", StringComparison.Ordinal)
                && text.Contains("has 10,000", StringComparison.Ordinal)
                && !text.Contains("padlet", StringComparison.Ordinal), "the limit named, the words not echoed")
            .ExpectNoMoreReplies();

        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
    }

    [Theory]
    [InlineData("reflect: bus duty -5 min", "-5 min")]
    [InlineData("reflect: bus duty 0 min", "0 min")]
    [InlineData("reflect: modeled Padlet 9999 min", "9999 min")]
    [InlineData("reflect: a long day 9 hours", "9 hours")]
    [InlineData("diverted: bus duty 0 min", "0 min")]
    [InlineData("diverted: testing 9999 minutes", "9999 minutes")]
    public async Task OneLinerMinutesOutOfRange_NamesTheRange_AndSavesNothing(string line, string typed)
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send(line)
            .ExpectText(ReflectionTexts.OneLinerMinutesOutOfRange(typed))
            .ExpectNoMoreReplies();

        Assert.Contains("1 to 480", ReflectionTexts.OneLinerMinutesOutOfRange(typed), StringComparison.Ordinal);
        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("lots")]
    [InlineData("9999")]
    [InlineData("2.5")]
    [InlineData("481")]
    public async Task FormMinutesOutOfRangeOrNotANumber_NamesTheRange_AndSavesNothing(string minutes)
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = "modeled Padlet", minutes })
            .ExpectInvokeMessage("whole number from 1 to 480")
            .ExpectNoMoreReplies();

        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("480", 480)]
    [InlineData("twenty", 20)]
    public async Task FormMinutesAtTheEdgesOrInWords_AreSaved(string minutes, int saved)
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = "modeled Padlet", minutes })
            .ExpectInvokeCard(ReflectionSavedCard.Kind);

        Assert.Equal(saved, Assert.Single(await _host.SavedAsync(ChatUser.Alice)).Content.Minutes);
    }

    [Fact]
    public async Task FormWithANumberForMinutes_IsReadToo()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = "modeled Padlet", minutes = 30 })
            .ExpectInvokeCard(ReflectionSavedCard.Kind);

        Assert.Equal(30, Assert.Single(await _host.SavedAsync(ChatUser.Alice)).Content.Minutes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public async Task FormWithEmptyText_AsksForIt_AndSavesNothing(string text)
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text, minutes = "20" })
            .ExpectInvokeMessage("Please write what happened")
            .Execute(ReflectionSavePayload.VerbName, new { minutes = "20" })
            .ExpectInvokeMessage("Please write what happened");

        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
    }

    [Fact]
    public async Task FormWith10000Characters_NamesTheLimit_AndSavesNothing_ThenTheSameFormStillSaves()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = new string('x', 10_000) })
            .ExpectInvokeMessage("yours has 10,000")
            .Execute(ReflectionSavePayload.VerbName, new { text = new string('x', 2_000) })
            .ExpectInvokeCard(ReflectionSavedCard.Kind);

        Assert.Equal(2_000, Assert.Single(await _host.SavedAsync(ChatUser.Alice)).Content.Text.Length);
    }

    [Fact]
    public async Task FormWithTooLongNotes_NamesTheLimit_AndSavesNothing()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = "ok", wentWell = new string('y', 1_001) })
            .ExpectInvokeMessage("What went well can be up to 1,000 characters")
            .Execute(ReflectionSavePayload.VerbName, new { text = "ok", nextStep = new string('y', 5_000) })
            .ExpectInvokeMessage("Next step can be up to 1,000 characters");

        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
    }

    [Theory]
    [InlineData("role.astronaut")]
    [InlineData("role.mentor,astronaut")]
    [InlineData("Mentor")]
    public async Task FormWithAnUnknownRole_NamesIt_AndSavesNothing(string roles)
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = "modeled Padlet", roles })
            .ExpectInvokeMessage("I don't know the role");

        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
    }

    [Fact]
    public async Task FormWithRolesAsAnArrayOrNumbersOfTheWrongShape_IsAnsweredNotThrown()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { text = new[] { 1, 2 }, roles = 7 })
            .ExpectInvokeMessage("I don't know the role")
            .Execute(ReflectionSavePayload.VerbName, new { text = "ok", roles = new[] { "role.mentor", "role.learner" }, diverted = true })
            .ExpectInvokeMessage("Diverted time needs its minutes");

        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
    }

    [Fact]
    public async Task FormFromAnotherPayloadVersion_IsOutOfDate()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect").ExpectCard(ReflectionFormCard.Kind)
            .Execute(ReflectionSavePayload.VerbName, new { v = 99, text = "from an old card" })
            .ExpectInvokeMessage("out of date");

        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
    }

    [Fact]
    public async Task UnknownRoleInMyReflections_IsLookedForAsAWord_AndFindsNothing()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect: modeled Padlet with grade 4 20 min").ExpectCard(ReflectionSavedCard.Kind)
            .Send("my reflections astronaut")
            .ExpectCard(ReflectionListCard.Kind, card =>
            {
                CardAssert.Contains(card, "No reflections match");
                CardAssert.Contains(card, "astronaut");
                Assert.DoesNotContain("Padlet", card.CardText(), StringComparison.Ordinal);
            });
    }

    public void Dispose() => _host.Dispose();
}
