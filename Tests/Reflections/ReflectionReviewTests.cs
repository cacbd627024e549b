using CoachBot.Cards.Checks;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Reflections;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Reflections;

/// <summary><c>my reflections</c>: newest first, ten a card with Next, filtered by week, role or word; Edit and Delete on each.</summary>
public sealed class ReflectionReviewTests : IDisposable
{
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ReflectionsHost _host = new();

    /// <summary>Eight reflections this week (Monday 30 November, newest "#8"), four last week, one of them diverted time.</summary>
    private async Task SeedAsync()
    {
        await _host.WithAsync(ChatUser.Alice);
        var now = _host.Time.GetUtcNow();
        for (var i = 1; i <= 8; i++)
        {
            var roles = i % 2 == 0 ? new[] { TopicIds.Mentor } : [TopicIds.DataCoach];
            await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching($"this week #{i}{(i == 3 ? " with Padlet" : "")}", 10 + i, roles), now.AddMinutes(-10 * (8 - i)));
        }

        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("last week #1 padlet wall", 30, TopicIds.Mentor), now.AddDays(-6));
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("last week #2", 30, TopicIds.Learner), now.AddDays(-5));
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Diverted("last week #3 bus duty", 20), now.AddDays(-4));
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("last week #4", 30, TopicIds.Mentor, TopicIds.DataCoach), now.AddDays(-3));
    }

    [Fact]
    public async Task MyReflections_ShowsTenNewestFirstWithEditAndDelete_AndNextShowsTheRest()
    {
        await SeedAsync();

        await _host.Chat(ChatUser.Alice)
            .Send("my reflections")
            .ExpectCard(ReflectionListCard.Kind, card =>
            {
                var text = card.CardText();
                CardAssert.Contains(card, "1\u201310 of 12, newest first");
                Assert.True(text.IndexOf("this week #8", StringComparison.Ordinal) < text.IndexOf("this week #7", StringComparison.Ordinal));
                Assert.True(text.IndexOf("this week #1", StringComparison.Ordinal) < text.IndexOf("last week #4", StringComparison.Ordinal));
                Assert.Contains("last week #3 bus duty", text, StringComparison.Ordinal);
                Assert.DoesNotContain("last week #2", text, StringComparison.Ordinal);
                Assert.Equal(10, Count(text, "| Edit"));
                Assert.Equal(10, Count(text, "| Delete"));
                CardAssert.Contains(card, "| Next");
                CardAssert.Contains(card, "Mon, November 30 at 3:00 PM \u00b7 18 min \u00b7 Mentor");
            })
            .Execute(ReflectionListPayload.VerbName)
            .ExpectInvokeCard(ReflectionListCard.Kind)
            .ExpectCard(ReflectionListCard.Kind, card =>
            {
                var text = card.CardText();
                CardAssert.Contains(card, "11\u201312 of 12, newest first");
                Assert.True(text.IndexOf("last week #2", StringComparison.Ordinal) < text.IndexOf("last week #1", StringComparison.Ordinal));
                Assert.DoesNotContain("this week", text, StringComparison.Ordinal);
                Assert.DoesNotContain("| Next", text, StringComparison.Ordinal);
                CardAssert.Contains(card, "| Newest");
            })
            .Execute(ReflectionListPayload.VerbName)
            .ExpectInvokeCard(ReflectionListCard.Kind)
            .ExpectCard(ReflectionListCard.Kind, card => CardAssert.Contains(card, "1\u201310 of 12"));
    }

    [Theory]
    [InlineData("this week", 8, "this week #8", "last week")]
    [InlineData("last week", 4, "last week #4", "this week")]
    [InlineData("mentor", 6, "last week #4", "this week #7")]
    [InlineData("Data Coach", 5, "this week #7", "this week #8")]
    [InlineData("mentor last week", 2, "last week #4", "last week #2")]
    [InlineData("this week mentor", 4, "this week #8", "last week")]
    [InlineData("padlet", 2, "this week #3 with Padlet", "this week #8")]
    [InlineData("PADLET last week", 1, "last week #1 padlet wall", "this week")]
    [InlineData("diverted", 1, "last week #3 bus duty", "this week")]
    [InlineData("about bus duty", 1, "last week #3 bus duty", "padlet")]
    public async Task MyReflections_Filtered_ShowsOnlyTheMatches(string filter, int count, string shown, string notShown)
    {
        await SeedAsync();

        await _host.Chat(ChatUser.Alice)
            .Send("my reflections " + filter)
            .ExpectCard(ReflectionListCard.Kind, card =>
            {
                CardAssert.Contains(card, $"of {count}, newest first");
                CardAssert.Contains(card, shown);
                Assert.DoesNotContain(notShown, card.CardText(), StringComparison.Ordinal);
                Assert.Equal(count, Count(card.CardText(), "| Edit"));
            });
    }

    [Fact]
    public async Task MyReflections_ThisWeekAfterTheWeekTurns_IsTheNewWeek()
    {
        await SeedAsync();
        _host.Time.Advance(TimeSpan.FromDays(7));

        await _host.Chat(ChatUser.Alice)
            .Send("my reflections this week").ExpectCard(ReflectionListCard.Kind, card => CardAssert.Contains(card, "No reflections match this week"))
            .Send("my reflections last week").ExpectCard(ReflectionListCard.Kind, card => CardAssert.Contains(card, "1\u20138 of 8"));
    }

    [Fact]
    public async Task Delete_AsksFirst_ThenRemovesItForGood_AndShowsTheListAgain()
    {
        await SeedAsync();

        await _host.Chat(ChatUser.Alice)
            .Send("my reflections this week").ExpectCard(ReflectionListCard.Kind)
            .Execute(ReflectionDeletePayload.VerbName)
            .ExpectInvokeCard(ReflectionDeleteCard.Kind)
            .ExpectCard(ReflectionDeleteCard.Kind, card =>
            {
                CardAssert.Contains(card, "Delete this reflection?");
                CardAssert.Contains(card, "this week #8");
                CardAssert.Contains(card, "| Keep it");
            })
            .Execute(ReflectionDeletePayload.VerbName)
            .ExpectInvokeCard(ReflectionListCard.Kind)
            .ExpectCard(ReflectionListCard.Kind, card =>
            {
                CardAssert.Contains(card, "Deleted.");
                CardAssert.Contains(card, "1\u20137 of 7");
                Assert.DoesNotContain("this week #8", card.CardText(), StringComparison.Ordinal);
            });

        Assert.Equal(11, (await _host.SavedAsync(ChatUser.Alice)).Count);
        Assert.DoesNotContain(await _host.SavedAsync(ChatUser.Alice), r => r.Content.Text == "this week #8");
    }

    [Fact]
    public async Task Delete_KeepIt_ShowsTheListAgain_AndDeletesNothing()
    {
        await SeedAsync();

        await _host.Chat(ChatUser.Alice)
            .Send("my reflections").ExpectCard(ReflectionListCard.Kind)
            .Execute(ReflectionDeletePayload.VerbName).ExpectInvokeCard(ReflectionDeleteCard.Kind).ExpectCardUpdated(ReflectionDeleteCard.Kind)
            .Execute(ReflectionListPayload.VerbName).ExpectInvokeCard(ReflectionListCard.Kind)
            .ExpectCard(ReflectionListCard.Kind, card => CardAssert.Contains(card, "1\u201310 of 12"));

        Assert.Equal(12, (await _host.SavedAsync(ChatUser.Alice)).Count);
    }

    [Fact]
    public async Task Delete_OnAStaleList_OfAReflectionAlreadyUndone_SaysNotFound()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("reflect: modeled Padlet 20 min").ExpectCard(ReflectionSavedCard.Kind)
            .Send("my reflections").ExpectCard(ReflectionListCard.Kind)
            .Execute(ReflectionUndoPayload.VerbName).ExpectInvokeCard(ReflectionUndoneCard.Kind).ExpectCardUpdated(ReflectionUndoneCard.Kind)
            .Execute(ReflectionDeletePayload.VerbName).ExpectInvokeMessage("couldn't find that reflection")
            .Execute(ReflectionEditPayload.VerbName).ExpectInvokeMessage("couldn't find that reflection");
    }

    [Fact]
    public async Task Edit_FromTheList_SendsTheFormBelow_AndSavingItChangesThatReflection()
    {
        await SeedAsync();

        await _host.Chat(ChatUser.Alice)
            .Send("my reflections").ExpectCard(ReflectionListCard.Kind)
            .Execute(ReflectionEditPayload.VerbName)
            .ExpectInvokeMessage("Edit it in the form below")
            .ExpectCard(ReflectionFormCard.Kind, form =>
            {
                Assert.False(form.IsUpdate);
                CardAssert.Contains(form, "Edit reflection");
            })
            .Execute(ReflectionSavePayload.VerbName, new { text = "this week #8, edited", roles = TopicIds.Learner })
            .ExpectInvokeCard(ReflectionSavedCard.Kind);

        var edited = (await _host.SavedAsync(ChatUser.Alice))[0];
        Assert.Equal("this week #8, edited", edited.Content.Text);
        Assert.Equal([TopicIds.Learner], edited.Content.Roles);
        Assert.Null(edited.Content.Minutes);
    }

    [Fact]
    public async Task MyReflections_WithLongWordsInAnyScript_StaysWithinTheCardLimit()
    {
        await _host.WithAsync(ChatUser.Alice);
        for (var i = 0; i < 12; i++)
        {
            await _host.SaveAsync(
                ChatUser.Alice,
                new(ReflectionKind.Coaching, string.Concat(Enumerable.Repeat("教练反思😀 ", 400))[..2000], [TopicIds.Mentor], false, new string('ø', 1000), new string('ß', 1000), 20),
                _host.Time.GetUtcNow().AddMinutes(-i));
        }

        await _host.Chat(ChatUser.Alice)
            .Send("my reflections")
            .ExpectCard(ReflectionListCard.Kind, card =>
            {
                // Measured as CoachBot writes cards (UTF-8, no \u escapes), not as the test connector recorded them.
                var bytes = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(card.Card!.Value, Relaxed).Length;
                Assert.InRange(bytes, 10_000, CardLimits.MaxCardBytes);
                Assert.Equal(10, Count(card.CardText(), "| Edit"));
            });
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    public void Dispose() => _host.Dispose();
}
