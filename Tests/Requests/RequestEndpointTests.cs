using System.Net;
using System.Text;
using System.Text.Json;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Cards.Views.Requests;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Requests;

/// <summary>
/// Support requests through the real <c>/api/messages</c> (the whole host: routing, pipeline, SQLite file, jobs): the full
/// conversation from a group chat to the teacher being told who helps, and two Claims at the same moment.
/// </summary>
public sealed class RequestEndpointTests : IDisposable
{
    private const string Need = "Can someone help me set up Padlet walls for my grade 5 science groups?";
    private const string Lincoln = "Lincoln Elementary";

    private static readonly ChatPlace Staff = ChatPlace.GroupChat("grade5-team");

    private readonly SchoolWorld _world = new(overHttp: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFullRequest_FromAGroupChat_ToTheTeacherBeingToldWhoHelps()
    {
        // Bob has chatted with CoachBot before; Dave was added by @mention and has never written to it.
        await _world.GrantAsync("coach", SchoolWorld.Coach, SchoolWorld.NewCoach);
        await _world.SayHelloAsync(SchoolWorld.Coach);
        await _world.CoverAsync(SchoolWorld.Coach, TopicIds.ResourceProvider, Lincoln);
        await _world.CoverAsync(SchoolWorld.NewCoach, TopicIds.ResourceProvider + "," + TopicIds.ClassroomSupporter, Lincoln);

        await _world.Chat(SchoolWorld.Teacher, Staff)
            .Send(Need)
            .ExpectPrivate(form =>
            {
                Assert.Equal(RequestFormCard.Kind, form.CardKind);
                Assert.Equal(Need.TrimEnd('?'), CardInputs.ValueOf(form, RequestFormCard.NeedInput));
            })
            .ExpectText("I've sent you a private message.")
            .ExpectNoMoreReplies()
            .In(ChatPlace.Personal(SchoolWorld.Teacher))
            .Execute(RequestFormPayload.VerbName, new { need = Need, urgency = "month", role = TopicIds.ResourceProvider, school = Lincoln })
            .ExpectStatus(200)
            .ExpectInvokeCard(RequestSummaryCard.Kind)
            .ExpectCardUpdated(RequestSummaryCard.Kind)
            .ExpectNoMoreReplies()
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Coach, card => CardAssert.Contains(card, Need))
            .ExpectTo(SchoolWorld.NewCoach, card =>
            {
                Assert.Equal(CoachRequestCard.Kind, card.CardKind);
                CardAssert.Contains(card, "Claim");
            })
            .ExpectTo(SchoolWorld.Teacher, text => Assert.Contains("to 2 coaches who cover Resource Provider at Lincoln Elementary", text.Text, StringComparison.Ordinal))
            .ExpectNoMoreReplies()
            .As(SchoolWorld.Coach).In(ChatPlace.Personal(SchoolWorld.Coach))
            .Execute(RequestClaimPayload.VerbName)
            .ExpectStatus(200)
            .ExpectInvokeCard(CoachRequestCard.Kind)
            .ExpectCardUpdated(CoachRequestCard.Kind)
            .ExpectNoMoreReplies()
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Teacher, told =>
            {
                Assert.Equal(RequestClaimedCard.Kind, told.CardKind);
                CardAssert.Contains(told, "<at>Bob Brown</at> will help with your request");
            })
            .ExpectTo(SchoolWorld.NewCoach, other =>
            {
                Assert.True(other.IsUpdate);
                CardAssert.Contains(other, "Claimed by Bob Brown");
                Assert.DoesNotContain(Need, other.CardText(), StringComparison.Ordinal);
            })
            .ExpectNoMoreReplies()
            .As(SchoolWorld.NewCoach).In(ChatPlace.Personal(SchoolWorld.NewCoach))
            .Execute(RequestClaimPayload.VerbName)
            .ExpectStatus(200)
            .ExpectInvokeMessage("was already claimed by Bob Brown")
            .ExpectNoMoreReplies();

        // Every message was checked in order above: the group saw only the notice. Nothing else reached the connector.
        Assert.Empty(_world.Connector.Unexpected);
        var request = await _world.LatestRequestAsync(SchoolWorld.Teacher);
        Assert.Equal(RequestStatus.Claimed, request.Status);
        Assert.NotNull(request.TeacherToldAt);
    }

    [Fact]
    public async Task TwoClaimsAtTheSameMoment_ExactlyOneWins()
    {
        await _world.GrantAsync("coach", SchoolWorld.Coach, SchoolWorld.NewCoach);
        await _world.CoverAsync(SchoolWorld.Coach, TopicIds.ResourceProvider, Lincoln);
        await _world.CoverAsync(SchoolWorld.NewCoach, TopicIds.ResourceProvider, Lincoln);
        await _world.Chat(SchoolWorld.Teacher)
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, new { need = Need, urgency = "week", role = TopicIds.ResourceProvider, school = Lincoln })
            .ExpectInvokeCard(RequestSummaryCard.Kind)
            .RunJobs(_world);
        var request = await _world.LatestRequestAsync(SchoolWorld.Teacher);

        using var bob = _world.Factory!.CreateClient();
        using var dave = _world.Factory.CreateClient();
        var answers = await Task.WhenAll(
            ClaimAsync(bob, SchoolWorld.Coach, request.Id),
            ClaimAsync(dave, SchoolWorld.NewCoach, request.Id));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        var won = answers.Where(answer => answer.Body.GetProperty("type").GetString() == "application/vnd.microsoft.card.adaptive").ToList();
        var lost = answers.Where(answer => answer.Body.GetProperty("type").GetString() == "application/vnd.microsoft.activity.message").ToList();
        Assert.Single(won);
        var refusal = Assert.Single(lost).Body.GetProperty("value").GetString();
        var stored = await _world.LatestRequestAsync(SchoolWorld.Teacher);
        Assert.Equal(RequestStatus.Claimed, stored.Status);
        Assert.Equal($"Request {request.ShownId} was already claimed by {stored.ClaimedBy!.Name}.", refusal);
        Assert.Contains(stored.ClaimedBy.AadObjectId, new[] { SchoolWorld.Coach.AadObjectId, SchoolWorld.NewCoach.AadObjectId });
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ClaimAsync(HttpClient client, ChatUser coach, string requestId)
    {
        var data = System.Text.Json.Nodes.JsonNode.Parse(CoachBot.Cards.Actions.CardActionPayload.ToData(new RequestClaimPayload(requestId), "copy-card").GetRawText())!.AsObject();
        var activity = ActivityBuilder.Execute(coach, ChatPlace.Personal(coach), RequestClaimPayload.VerbName, data, "1001");
        using var content = new StringContent(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/messages", content, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    public void Dispose() => _world.Dispose();
}
