using CoachBot.Bot.Downloads;
using CoachBot.Bot.Scheduling;
using CoachBot.Cards.Views.OwnData;
using CoachBot.Cards.Views.Requests;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.OwnData;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Requests;

/// <summary>
/// A teacher's requests are theirs: <c>export my requests</c> (only their own, with status and dates) and <c>delete my
/// requests</c> (after a confirmation: the open ones withdrawn, what they wrote deleted from all of them, the coaches'
/// copies updated), leaving everyone else's requests and copies untouched.
/// </summary>
public sealed class RequestDataTests : IDisposable
{
    private const string Padlet = "I need help with Padlet for my 5th grade class";
    private const string Seesaw = "Seesaw portfolios for my grade 2 readers, please";
    private const string Franks = "Frank's own need: a Google Classroom walkthrough";
    private const string Lincoln = "Lincoln Elementary";
    private const string Resources = TopicIds.ResourceProvider;

    private readonly SchoolWorld _world = new(settings: new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = "https://coachbot.example.org" });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Form(string need, string grade = "Grade 5", string times = "Tuesday after 2 pm") =>
        new { need, grade, urgency = "week", times, role = Resources, school = Lincoln };

    [Fact]
    public async Task Export_HoldsOnlyTheTeachersOwnRequests_WithStatusAndDates()
    {
        await CoachesAsync();
        var padlet = await SubmitAsync(SchoolWorld.Teacher, Padlet);
        var seesaw = await SubmitAsync(SchoolWorld.Teacher, "=1+1, \"quoted\"\nand a second line", "-Grade 2", "@home");
        var franks = await SubmitAsync(SchoolWorld.OtherTeacher, Franks);
        await _world.Chat(SchoolWorld.Coach)
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestClaimPayload.VerbName, Data(new RequestClaimPayload(franks.Id)), null))
            .RunJobs(_world);
        await _world.Chat(SchoolWorld.NewCoach)
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestClaimPayload.VerbName, Data(new RequestClaimPayload(padlet.Id)), null))
            .RunJobs(_world);
        _world.Time.Advance(TimeSpan.FromMinutes(30));
        await _world.Chat(SchoolWorld.Teacher).Send($"cancel request {seesaw.ShownId}").ExpectText(RequestTexts.Cancelled(seesaw));

        var rows = await DownloadAsync(SchoolWorld.Teacher);

        Assert.Equal(RequestExport.Columns("Europe/Oslo"), rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal([seesaw.ShownId, "2026-11-30 15:01", "Cancelled", "Resource Provider", Lincoln, "This week", "'-Grade 2",
            "'=1+1, \"quoted\"\nand a second line", "'@home", "", "", "2026-11-30 15:33"], rows[1]);
        Assert.Equal([padlet.ShownId, "2026-11-30 15:00", "Claimed", "Resource Provider", Lincoln, "This week", "Grade 5", Padlet,
            "Tuesday after 2 pm", "Dave Diaz", "2026-11-30 15:03", ""], rows[2]);
        Assert.DoesNotContain(rows, row => row.Any(cell => cell.Contains("Frank", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task DeleteMyRequests_WithdrawsTheOpenOnes_DeletesTheTeachersWords_UpdatesTheCopies_AndLeavesOthersUntouched()
    {
        await CoachesAsync();
        var padlet = await SubmitAsync(SchoolWorld.Teacher, Padlet);
        var seesaw = await SubmitAsync(SchoolWorld.Teacher, Seesaw);
        await _world.Chat(SchoolWorld.NewCoach)
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestClaimPayload.VerbName, Data(new RequestClaimPayload(seesaw.Id)), null))
            .RunJobs(_world);
        var franks = await SubmitAsync(SchoolWorld.OtherTeacher, Franks);

        await _world.Chat(SchoolWorld.Teacher)
            .Send("delete my requests")
            .ExpectCard(RequestDeleteAllCard.Kind, card =>
            {
                CardAssert.Contains(card, "What you wrote in your 2 requests");
                CardAssert.Contains(card, "The open one is **withdrawn**");
                CardAssert.Contains(card, "can't be undone");
                Assert.Equal("destructive", card.Card!.Value.GetProperty("actions")[0].GetProperty("style").GetString());
            })
            .Execute(RequestDeleteAllPayload.VerbName)
            .ExpectInvokeCard(RequestDeleteAllCard.DeletedKind)
            .ExpectCard(RequestDeleteAllCard.DeletedKind, card =>
            {
                CardAssert.Contains(card, "Deleted what you wrote in 2 requests");
                CardAssert.Contains(card, "1 request was still open and is now withdrawn");
            })
            .ExpectNoMoreReplies();

        var updates = await RunJobsAsync();

        // Bob's and Dave's open copies of the Padlet request now say it was withdrawn; Dave's claimed Seesaw copy lost the words.
        Assert.Equal(3, updates.Count);
        Assert.All(updates, update =>
        {
            Assert.True(update.IsUpdate);
            Assert.Equal(CoachRequestCard.Kind, update.CardKind);
            Assert.DoesNotContain(Padlet, update.CardText(), StringComparison.Ordinal);
            Assert.DoesNotContain(Seesaw, update.CardText(), StringComparison.Ordinal);
            Assert.DoesNotContain("Grade 5", update.CardText(), StringComparison.Ordinal);
            Assert.DoesNotContain("Tuesday after 2 pm", update.CardText(), StringComparison.Ordinal);
        });
        var withdrawn = updates.Where(update => update.CardText().Contains($"Request {padlet.ShownId} withdrawn", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [ChatPlace.Personal(SchoolWorld.Coach).ConversationId, ChatPlace.Personal(SchoolWorld.NewCoach).ConversationId],
            withdrawn.Select(update => update.ConversationId).Order());
        Assert.All(withdrawn, update => CardAssert.Contains(update, "Withdrawn by the teacher"));
        var claimed = Assert.Single(updates, update => update.CardText().Contains($"You claimed request {seesaw.ShownId}", StringComparison.Ordinal));
        Assert.Equal(ChatPlace.Personal(SchoolWorld.NewCoach).ConversationId, claimed.ConversationId);
        CardAssert.Contains(claimed, "Alice Adams has since deleted what they wrote in it");
        Assert.Empty(await RunJobsAsync());

        var store = _world.Get<IRequestStore>();
        var afterPadlet = (await store.FindAsync(padlet.Id, Ct))!;
        var afterSeesaw = (await store.FindAsync(seesaw.Id, Ct))!;
        var afterFranks = (await store.FindAsync(franks.Id, Ct))!;
        Assert.Equal((RequestStatus.Cancelled, "", null, null), (afterPadlet.Status, afterPadlet.Need, afterPadlet.ClassOrGrade, afterPadlet.PreferredTimes));
        Assert.Equal((RequestStatus.Claimed, "", null, null, SchoolWorld.NewCoach.AadObjectId), (afterSeesaw.Status, afterSeesaw.Need, afterSeesaw.ClassOrGrade, afterSeesaw.PreferredTimes, afterSeesaw.ClaimedBy?.AadObjectId));
        Assert.Equal(franks with { }, afterFranks);
        Assert.All(await _world.Get<IRequestCopyStore>().ListAsync(franks.Id, Ct), copy => Assert.Equal(CopyView.Open, copy.Shown));

        // The stale Claim on Bob's old copy finds it withdrawn; the teacher's list and Dave's look show no words; Frank's is as it was.
        await _world.Chat(SchoolWorld.Coach)
            .Deliver(s => ActivityBuilder.Execute(s.User, s.Place, RequestClaimPayload.VerbName, Data(new RequestClaimPayload(padlet.Id)), null))
            .ExpectInvokeMessage($"The teacher cancelled request {padlet.ShownId}, so there's nothing to claim.")
            .Send($"request {franks.ShownId}").ExpectCard(CoachRequestCard.Kind, card => CardAssert.Contains(card, Franks));
        await _world.Chat(SchoolWorld.Teacher)
            .Send("my requests").ExpectCard(RequestListCard.Kind, list =>
            {
                CardAssert.Contains(list, RequestDataTexts.NeedDeleted);
                CardAssert.Contains(list, "Claimed by Dave Diaz");
                Assert.DoesNotContain(Padlet, list.CardText(), StringComparison.Ordinal);
                Assert.DoesNotContain("Cancel R-", list.CardText(), StringComparison.Ordinal);
            });
        await _world.Chat(SchoolWorld.NewCoach)
            .Send($"request {seesaw.ShownId}").ExpectCard(CoachRequestCard.Kind, card =>
            {
                CardAssert.Contains(card, RequestDataTexts.NeedDeleted);
                Assert.DoesNotContain(Seesaw, card.CardText(), StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task KeepThem_ChangesNothing_AndNoCopyIsTouched()
    {
        await CoachesAsync();
        var padlet = await SubmitAsync(SchoolWorld.Teacher, Padlet);

        await _world.Chat(SchoolWorld.Teacher)
            .Send("delete my requests").ExpectCard(RequestDeleteAllCard.Kind)
            .Execute(RequestDeleteAllPayload.VerbName, new { confirmed = false })
            .ExpectInvokeCard(RequestDeleteAllCard.KeptKind);

        Assert.Empty(await RunJobsAsync());
        Assert.Equal(padlet with { }, await _world.Get<IRequestStore>().FindAsync(padlet.Id, Ct));
    }

    [Fact]
    public async Task StaleOrForgedConfirmations_AreRefused_AndChangeNothing()
    {
        await CoachesAsync();
        var padlet = await SubmitAsync(SchoolWorld.Teacher, Padlet);
        var teacher = _world.Chat(SchoolWorld.Teacher);

        await Press(teacher, new RequestDeleteAllPayload(Confirmed: true, 1), Guid.CreateVersion7(_world.Time.GetUtcNow()).ToString("N"))
            .ExpectInvokeMessage(RequestDataTexts.NotSent);
        await Press(_world.Chat(SchoolWorld.Teacher, ChatPlace.GroupChat("staff-room")), new RequestDeleteAllPayload(Confirmed: true, 1), "any")
            .ExpectInvokeMessage(RequestDataTexts.PrivateHere);

        // Frank presses Alice's real confirmation: not his; Alice's requests stay.
        await teacher.Send("delete my requests").ExpectCard(RequestDeleteAllCard.Kind)
            .As(SchoolWorld.OtherTeacher).In(ChatPlace.Personal(SchoolWorld.OtherTeacher))
            .Execute(RequestDeleteAllPayload.VerbName).ExpectInvokeMessage(RequestDataTexts.NotSent)
            .As(SchoolWorld.Teacher).In(ChatPlace.Personal(SchoolWorld.Teacher));

        // A new request since the question: nothing is deleted.
        await teacher.Send("delete my requests").ExpectCard(RequestDeleteAllCard.Kind, card => CardAssert.Contains(card, "What you wrote in your request \u2014"))
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form(Seesaw)).ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .Execute(RequestDeleteAllPayload.VerbName)
            .ExpectInvokeMessage("Your requests changed since I asked (you have 2 requests now), so nothing was deleted.");

        // Answered after 10 minutes: expired.
        await teacher.Send("delete my requests").ExpectCard(RequestDeleteAllCard.Kind)
            .Then(_ =>
            {
                _world.Time.Advance(TimeSpan.FromMinutes(11));
                return Task.CompletedTask;
            })
            .Execute(RequestDeleteAllPayload.VerbName).ExpectInvokeMessage(RequestDataTexts.Expired);

        Assert.Equal(Padlet, (await _world.Get<IRequestStore>().FindAsync(padlet.Id, Ct))!.Need);
        Assert.Equal(RequestStatus.Open, (await _world.Get<IRequestStore>().FindAsync(padlet.Id, Ct))!.Status);
    }

    [Fact]
    public async Task NoRequests_NothingToExportOrDelete_AndInAGroupChatTheAnswersGoOneToOne()
    {
        var group = ChatPlace.GroupChat("staff-room");

        await _world.Chat(SchoolWorld.OtherTeacher)
            .Send("export my requests").ExpectTextContaining("You have no support requests to export.")
            .Send("delete my requests").ExpectText(RequestDataTexts.NothingToDelete)
            .In(group)
            .Send("export my requests").ExpectPrivate(reply => Assert.Contains("no support requests", reply.Text, StringComparison.Ordinal))
            .ExpectText("I've sent you a private message.")
            .ExpectNoMoreReplies();

        await SubmitAsync(SchoolWorld.Teacher, Padlet);
        await _world.Chat(SchoolWorld.Teacher, group)
            .Send("export my requests").ExpectPrivate(reply => Assert.Equal(DownloadLinkCard.Kind, reply.CardKind)).ExpectText("I've sent you a private message.")
            .Send("delete my requests").ExpectPrivate(reply => Assert.Equal(RequestDeleteAllCard.Kind, reply.CardKind)).ExpectText("I've sent you a private message.")
            .ExpectNoMoreReplies();
    }

    public void Dispose() => _world.Dispose();

    private async Task CoachesAsync()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach, SchoolWorld.NewCoach);
        await _world.CoverAsync(SchoolWorld.Coach, Resources, Lincoln);
        await _world.CoverAsync(SchoolWorld.NewCoach, Resources, Lincoln);
    }

    /// <summary>
    /// The teacher asks (school chosen on the form), and the request goes out to the coaches; then a minute passes, so the
    /// teacher's requests are in a known order (newest first by when they were asked).
    /// </summary>
    private async Task<SupportRequest> SubmitAsync(ChatUser teacher, string need, string grade = "Grade 5", string times = "Tuesday after 2 pm")
    {
        await _world.Chat(teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, Form(need, grade, times)).ExpectInvokeCard(RequestSummaryCard.Kind)
            .RunJobs(_world);
        var request = await _world.LatestRequestAsync(teacher);
        Assert.Equal(need, request.Need);
        _world.Time.Advance(TimeSpan.FromMinutes(1));
        return request;
    }

    private async Task<List<List<string>>> DownloadAsync(ChatUser user)
    {
        string? link = null;
        await _world.Chat(user).Send("export my requests").ExpectCard(DownloadLinkCard.Kind, card =>
        {
            CardAssert.Contains(card, "Your support requests are ready to download");
            link = DownloadHost.LinkOf(card);
        });
        var file = Assert.IsType<DownloadOutcome.File>(await _world.Get<DownloadLinkService>().UseAsync(DownloadHost.TokenOf(link!), Ct));
        Assert.Equal("coachbot-requests-2026-11-30.csv", file.FileName);
        return CsvReader.Read(file.Content);
    }

    /// <summary>Runs the due jobs and returns what they sent.</summary>
    private async Task<List<ChatReply>> RunJobsAsync()
    {
        while (_world.Connector.Sent.TryDequeue(out _))
        {
        }

        var runner = _world.Get<JobRunner>();
        while (await runner.RunDueAsync(_world.Time.GetUtcNow(), Ct) > 0)
        {
        }

        var sent = new List<ChatReply>();
        while (_world.Connector.Sent.TryDequeue(out var activity))
        {
            sent.Add(HttpChatDriver.ToReply(activity));
        }

        return sent;
    }

    private static ChatScript Press<T>(ChatScript chat, T payload, string cardId)
        where T : class, CoachBot.Cards.Actions.ICardActionPayload<T> =>
        chat.Deliver(s => ActivityBuilder.Execute(
            s.User, s.Place, T.Verb, System.Text.Json.Nodes.JsonNode.Parse(CoachBot.Cards.Actions.CardActionPayload.ToData(payload, cardId).GetRawText())!.AsObject(), null));

    private static System.Text.Json.Nodes.JsonObject Data<T>(T payload)
        where T : class, CoachBot.Cards.Actions.ICardActionPayload<T> =>
        System.Text.Json.Nodes.JsonNode.Parse(CoachBot.Cards.Actions.CardActionPayload.ToData(payload, "forged-card").GetRawText())!.AsObject();
}
