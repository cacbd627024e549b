using CoachBot.Bot.Downloads;
using CoachBot.Cards.Views.OwnData;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Reflections;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.OwnData;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Reflections;

/// <summary>
/// A coach's reflections are theirs to take away and to erase: <c>export reflections</c> (exactly their own rows, as a
/// safe CSV, through a one-time link; a card without <c>Bot:PublicBaseUrl</c>) and <c>delete my reflections</c> (after a
/// confirmation that refuses stale and forged presses), in the personal chat only.
/// </summary>
public sealed class ReflectionDataTests : IDisposable
{
    private static readonly ChatUser Teacher = new("29:dave", "dddddddd-0000-4000-8000-000000000004", "Dave Diaz");

    private readonly ReflectionsHost _host = new(settings: new Dictionary<string, string?>
    {
        ["Coaching:Admins:0"] = ChatUser.Carol.AadObjectId,
        ["Bot:PublicBaseUrl"] = "https://coachbot.example.org",
    });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_HoldsExactlyTheCallersReflections_AsTheyWereWritten_NewestFirst()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.WithAsync(ChatUser.Bob);
        var now = _host.Time.GetUtcNow();
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("modeled Padlet with Ms. Lee's 4th grade, \"went well\"", 20, TopicIds.ClassroomSupporter), now.AddDays(-7), "America/Chicago");
        await _host.SaveAsync(ChatUser.Bob, ReflectionsHost.Coaching("Bob's own private words", 30, TopicIds.Mentor), now.AddDays(-3));
        await _host.SaveAsync(ChatUser.Alice, new ReflectionContent(
            ReflectionKind.Coaching, "=HYPERLINK(\"https://evil.example\",\"click\")\nsecond line", [TopicIds.Mentor, TopicIds.Learner], true, "+1 they loved it", "@team: observe Friday", 45), now.AddHours(-2));
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Diverted("-bus duty", 25), now.AddHours(-1));

        var rows = await DownloadAsync(ChatUser.Alice, "export reflections");

        Assert.Equal(ReflectionExport.Columns, rows[0]);
        Assert.Equal(4, rows.Count);
        Assert.Equal(["2026-11-30 14:00", "Europe/Oslo", "2026-11-30", "Diverted time", "", "", "25", "'-bus duty", "", "", ""], rows[1]);
        Assert.Equal(["2026-11-30 13:00", "Europe/Oslo", "2026-11-30", "Reflection", "Mentor; Learner", "yes", "45",
            "'=HYPERLINK(\"https://evil.example\",\"click\")\nsecond line", "'+1 they loved it", "'@team: observe Friday", ""], rows[2]);
        Assert.Equal(["2026-11-23 08:00", "America/Chicago", "2026-11-23", "Reflection", "Classroom Supporter", "no", "20",
            "modeled Padlet with Ms. Lee's 4th grade, \"went well\"", "", "", ""], rows[3]);
        Assert.DoesNotContain(rows, row => row.Any(cell => cell.Contains("Bob's own", StringComparison.Ordinal)));

        var bobs = await DownloadAsync(ChatUser.Bob, "export my reflections");
        Assert.Equal(2, bobs.Count);
        Assert.Equal("Bob's own private words", bobs[1][7]);
    }

    [Fact]
    public async Task Export_TellsHowManyAndForHowLong_AndMakesALinkOnlyForTheOwner()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("observed a lesson", 30), _host.Time.GetUtcNow());

        await _host.Chat(ChatUser.Alice)
            .Send("export reflections")
            .ExpectCard(DownloadLinkCard.Kind, card =>
            {
                CardAssert.Contains(card, "Your reflections are ready to download");
                CardAssert.Contains(card, "1 reflection");
                CardAssert.Contains(card, "works **once**, until 3:10 PM (10 minutes from now)");
                CardAssert.Contains(card, "Don't forward this link");
                Assert.DoesNotContain("observed a lesson", card.CardText(), StringComparison.Ordinal);
            })
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task ATeacher_CannotExportReflections_AndNoLinkIsMade()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("Alice's words", 30), _host.Time.GetUtcNow());

        await _host.Chat(Teacher)
            .Send("export reflections").ExpectText(ReflectionTexts.ForTeachers)
            .Send("delete my reflections").ExpectText(ReflectionTexts.ForTeachers)
            .ExpectNoMoreReplies();

        Assert.Equal(0, await LinkCountAsync());
        Assert.Single(await _host.SavedAsync(ChatUser.Alice));
    }

    [Fact]
    public async Task AFormerCoachWithReflections_CanStillExportAndDeleteThem()
    {
        // Never granted (or since removed from the roster): not a coach, but the reflections saved under their id are theirs.
        await _host.SaveAsync(Teacher, ReflectionsHost.Coaching("from when I coached", 30), _host.Time.GetUtcNow());

        var rows = await DownloadAsync(Teacher, "export reflections");

        Assert.Equal("from when I coached", rows[1][7]);
        await _host.Chat(Teacher)
            .Send("delete my reflections").ExpectCard(ReflectionDeleteAllCard.Kind)
            .Execute(ReflectionDeleteAllPayload.VerbName).ExpectInvokeCard(ReflectionDeleteAllCard.DeletedKind);
        Assert.Empty(await _host.SavedAsync(Teacher));
    }

    [Fact]
    public async Task InAGroupChat_ExportAndDeleteAnswerOneToOne_AndTheGroupSeesOnlyTheNotice()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("private words", 30), _host.Time.GetUtcNow());
        var group = ChatPlace.GroupChat("staff-room");

        await _host.Chat(ChatUser.Alice, group)
            .Send("export reflections")
            .ExpectPrivate(reply => Assert.Equal(DownloadLinkCard.Kind, reply.CardKind))
            .ExpectText("I've sent you a private message.")
            .Send("delete my reflections")
            .ExpectPrivate(reply => Assert.Equal(ReflectionDeleteAllCard.Kind, reply.CardKind))
            .ExpectText("I've sent you a private message.")
            .ExpectNoMoreReplies();

        Assert.DoesNotContain(_host.Driver.Connector.Sent, sent => sent.ConversationId == group.ConversationId && sent.Activity.Attachments is { Count: > 0 });
    }

    [Fact]
    public async Task WithoutAPublicAddress_TheExportIsACard_WithTheNewestRowsThatFit_AndTellsTheAdminsSetting()
    {
        using var host = new ReflectionsHost(settings: new Dictionary<string, string?> { ["Coaching:Admins:0"] = ChatUser.Carol.AadObjectId });
        await host.WithAsync(ChatUser.Alice);
        var now = host.Time.GetUtcNow();
        for (var i = 1; i <= 40; i++)
        {
            await host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching($"reflection number {i}: " + new string('x', 1_500), 20), now.AddMinutes(i - 60));
        }

        await host.Chat(ChatUser.Alice)
            .Send("export reflections")
            .ExpectCard(ExportRowsCard.Kind, card =>
            {
                var text = card.CardText();
                var shown = System.Text.RegularExpressions.Regex.Match(text, @"(\d+) of 40 rows, newest first; ask your admin to set Bot:PublicBaseUrl");
                Assert.True(shown.Success, text);
                var count = int.Parse(shown.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.InRange(count, 5, 39);
                Assert.Contains("reflection number 40:", text, StringComparison.Ordinal);
                Assert.Contains($"reflection number {41 - count}:", text, StringComparison.Ordinal);
                Assert.DoesNotContain($"reflection number {40 - count}:", text, StringComparison.Ordinal);
                Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(card.Card!.Value.GetRawText()), 20_000, 28 * 1024);
            })
            .ExpectNoMoreReplies();
        Assert.Equal(0, await host.Driver.Services.GetRequiredService<CoachBot.Bot.Storage.SqliteDatabase>()
            .ReadAsync(session => Convert.ToInt32(session.Scalar("SELECT COUNT(*) FROM download_links;"), System.Globalization.CultureInfo.InvariantCulture), Ct));
    }

    [Fact]
    public async Task NothingToExportOrDelete_IsSaidPlainly()
    {
        await _host.WithAsync(ChatUser.Alice);

        await _host.Chat(ChatUser.Alice)
            .Send("export reflections").ExpectTextContaining("You have no reflections to export yet.")
            .Send("delete my reflections").ExpectText(ReflectionDataTexts.NothingToDelete)
            .ExpectNoMoreReplies();
        Assert.Equal(0, await LinkCountAsync());
    }

    [Fact]
    public async Task Delete_AsksFirst_ThenDeletesAllForGood_SaysHowMany_AndLeavesOtherCoachesUntouched()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.WithAsync(ChatUser.Bob);
        var now = _host.Time.GetUtcNow();
        for (var i = 0; i < 3; i++)
        {
            await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching($"Alice {i}", 20), now.AddHours(-i));
        }

        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Diverted("bus duty", 15), now);
        await _host.SaveAsync(ChatUser.Bob, ReflectionsHost.Coaching("Bob's", 20), now);

        await _host.Chat(ChatUser.Alice)
            .Send("delete my reflections")
            .ExpectCard(ReflectionDeleteAllCard.Kind, card =>
            {
                CardAssert.Contains(card, "Delete all 4 reflections?");
                CardAssert.Contains(card, "can't be undone");
                CardAssert.Contains(card, "export reflections");
                Assert.Equal("Delete all 4", card.Card!.Value.GetProperty("actions")[0].GetProperty("title").GetString());
                Assert.Equal("destructive", card.Card!.Value.GetProperty("actions")[0].GetProperty("style").GetString());
            })
            .ExpectNoMoreReplies()
            .Then(async _ => Assert.Equal(4, (await _host.SavedAsync(ChatUser.Alice)).Count))
            .Execute(ReflectionDeleteAllPayload.VerbName)
            .ExpectInvokeCard(ReflectionDeleteAllCard.DeletedKind)
            .ExpectCard(ReflectionDeleteAllCard.DeletedKind, card =>
            {
                Assert.True(card.IsUpdate);
                CardAssert.Contains(card, "Deleted 4 reflections");
            })
            .ExpectNoMoreReplies()
            .Send("my reflections").ExpectCard(ReflectionListCard.Kind, card => CardAssert.Contains(card, "No reflections yet"));

        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
        Assert.Equal("Bob's", Assert.Single(await _host.SavedAsync(ChatUser.Bob)).Content.Text);
    }

    [Fact]
    public async Task KeepThem_DeletesNothing()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("keep me", 20), _host.Time.GetUtcNow());

        await _host.Chat(ChatUser.Alice)
            .Send("delete my reflections").ExpectCard(ReflectionDeleteAllCard.Kind)
            .Execute(ReflectionDeleteAllPayload.VerbName, new { confirmed = false })
            .ExpectInvokeCard(ReflectionDeleteAllCard.KeptKind)
            .ExpectCardUpdated(ReflectionDeleteAllCard.KeptKind)
            .Execute(ReflectionDeleteAllPayload.VerbName) // the Delete on the answered card
            .ExpectInvokeMessage("this card can't be sent twice");

        Assert.Single(await _host.SavedAsync(ChatUser.Alice));
    }

    [Fact]
    public async Task StaleOrForgedConfirmations_AreRefused_AndDeleteNothing()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.WithAsync(ChatUser.Bob);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("Alice's", 20), _host.Time.GetUtcNow());
        await _host.SaveAsync(ChatUser.Bob, ReflectionsHost.Coaching("Bob's", 20), _host.Time.GetUtcNow());
        var alice = _host.Chat(ChatUser.Alice);

        // Forged: a card CoachBot never sent, with the right count.
        await ReflectionsHost.Press(alice, new ReflectionDeleteAllPayload(Confirmed: true, 1), cardId: Guid.CreateVersion7(_host.Time.GetUtcNow()).ToString("N"))
            .ExpectInvokeMessage(ReflectionDataTexts.NotSent);

        // Another card CoachBot sent Alice (a saved reflection's), with this verb.
        string? savedCard = null;
        await alice.Send("reflect: observed a lesson 20 min")
            .ExpectCard(ReflectionSavedCard.Kind, card => savedCard = card.Card!.Value.GetProperty("actions")[0].GetProperty("data").GetProperty("cardId").GetString());
        Assert.NotNull(await _host.Driver.Cards.FindAsync(savedCard!, Ct));
        await ReflectionsHost.Press(alice, new ReflectionDeleteAllPayload(Confirmed: true, 2), cardId: savedCard!)
            .ExpectInvokeMessage(ReflectionDataTexts.NotSent);

        // Bob presses Alice's real confirmation (forwarded to him): it was not sent to him, and it could only delete his own anyway.
        await alice.Send("delete my reflections").ExpectCard(ReflectionDeleteAllCard.Kind)
            .As(ChatUser.Bob).In(ChatPlace.Personal(ChatUser.Bob))
            .Execute(ReflectionDeleteAllPayload.VerbName).ExpectInvokeMessage(ReflectionDataTexts.NotSent)
            .As(ChatUser.Alice).In(ChatPlace.Personal(ChatUser.Alice));

        // In a group chat: never.
        await ReflectionsHost.Press(_host.Chat(ChatUser.Alice, ChatPlace.GroupChat("staff-room")), new ReflectionDeleteAllPayload(Confirmed: true, 2))
            .ExpectInvokeMessage(ReflectionTexts.PrivateHere);

        // The count changed since the card asked: nothing is deleted, and Alice is told how many there are now.
        await alice.Send("delete my reflections").ExpectCard(ReflectionDeleteAllCard.Kind, card => CardAssert.Contains(card, "Delete all 2 reflections?"))
            .Send("reflect: one more, after the question 10 min").ExpectCard(ReflectionSavedCard.Kind)
            .Execute(ReflectionDeleteAllPayload.VerbName)
            .ExpectInvokeMessage("Your reflections changed since I asked (you have 3 reflections now), so nothing was deleted.");

        // Older than 10 minutes: expired.
        await alice.Send("delete my reflections").ExpectCard(ReflectionDeleteAllCard.Kind)
            .Then(_ =>
            {
                _host.Time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
                return Task.CompletedTask;
            })
            .Execute(ReflectionDeleteAllPayload.VerbName).ExpectInvokeMessage(ReflectionDataTexts.Expired);

        Assert.Equal(3, (await _host.SavedAsync(ChatUser.Alice)).Count);
        Assert.Single(await _host.SavedAsync(ChatUser.Bob));

        // A fresh one, answered in time, works, and a second press of it is refused.
        await alice.Send("delete my reflections").ExpectCard(ReflectionDeleteAllCard.Kind)
            .Execute(ReflectionDeleteAllPayload.VerbName).ExpectInvokeCard(ReflectionDeleteAllCard.DeletedKind)
            .Execute(ReflectionDeleteAllPayload.VerbName).ExpectInvokeMessage("this card can't be sent twice");
        Assert.Empty(await _host.SavedAsync(ChatUser.Alice));
        Assert.Single(await _host.SavedAsync(ChatUser.Bob));
    }

    public void Dispose() => _host.Dispose();

    /// <summary>Exports through the command's link and the link service, as the download page's POST does; the rows as a spreadsheet reads them.</summary>
    private async Task<List<List<string>>> DownloadAsync(ChatUser user, string command)
    {
        string? link = null;
        await _host.Chat(user).Send(command).ExpectCard(DownloadLinkCard.Kind, card => link = DownloadHost.LinkOf(card));
        var file = Assert.IsType<DownloadOutcome.File>(await _host.Driver.Services.GetRequiredService<DownloadLinkService>().UseAsync(DownloadHost.TokenOf(link!), Ct));
        Assert.Equal("coachbot-reflections-2026-11-30.csv", file.FileName);
        return CsvReader.Read(file.Content);
    }

    private Task<int> LinkCountAsync() => _host.Driver.Services.GetRequiredService<CoachBot.Bot.Storage.SqliteDatabase>()
        .ReadAsync(session => Convert.ToInt32(session.Scalar("SELECT COUNT(*) FROM download_links;"), System.Globalization.CultureInfo.InvariantCulture), Ct);
}
