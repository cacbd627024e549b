using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Views.Requests;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Tests.Infrastructure;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Requests;

/// <summary>
/// A school's coaching channel through the real endpoint, with the real Teams channel payloads of <c>../shared/fixtures</c>
/// (the Agents Playground's channels are untried): a message in a channel thread (<c>msteams-message-channel-reply-at-mention-tacv2.json</c>,
/// whose conversation id is the thread's and <c>channelData.channel.id</c> the channel's) sets it; a request is posted there;
/// Not mine and Claim are pressed there (Teams' <c>adaptiveCard/action</c> invoke, <c>msteams-invoke-adaptiveCard-action-execute-personal.json</c>,
/// moved into that channel as Teams sends it from a channel post: the channel's conversation and channelData, the post's id
/// in <c>replyToId</c>); it is cleared. Only <c>from</c>, the text and the button's data are ours.
/// </summary>
public sealed class CoachingChannelTests : IDisposable
{
    private const string Lincoln = "Lincoln Elementary";
    private const string ChannelFixture = "fixtures/activities/msteams-message-channel-reply-at-mention-tacv2.json";
    private const string InvokeFixture = "fixtures/activities/msteams-invoke-adaptiveCard-action-execute-personal.json";
    private const string Need = "Padlet walls for my science groups, please";

    /// <summary>The fixture's sender, a lead coach here.</summary>
    private static readonly ChatUser Rido = new(
        "29:17bUvCasIPKfQIXHvNzcPjD86fwm6GkWc1PvCGP2-NSkNb7AyGYpjQ7Xw-XgTwaHW5JxZ4KMNDxn1kcL8fwX1Nw", "b15a9416-0ad3-4172-9210-7beb711d3f70", "rido");

    private readonly SchoolWorld _world = new(overHttp: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SetInAChannel_RequestsArePostedThere_PassedOnAndClaimedThere_UntilCleared()
    {
        var message = Fixture(ChannelFixture);
        var channelId = message.ChannelData!.Channel!.Id!;
        var teamId = message.ChannelData.Team!.Id!;
        var thread = message.Conversation!.Id!;
        Assert.NotEqual(channelId, thread); // the thread's conversation id carries ";messageid=…"

        await _world.GrantAsync("coach", SchoolWorld.Coach, SchoolWorld.NewCoach);
        await _world.GrantAsync("lead coach", Rido);
        await _world.CoverAsync(SchoolWorld.Coach, TopicIds.ResourceProvider, Lincoln);
        await _world.CoverAsync(SchoolWorld.NewCoach, TopicIds.ResourceProvider, Lincoln);
        await _world.CoverAsync(Rido, TopicIds.DataCoach, Lincoln);
        _world.Connector.TeamMembers[teamId] = [Member(Rido), Member(SchoolWorld.Coach), Member(SchoolWorld.NewCoach), Member(SchoolWorld.OtherTeacher), Member(SchoolWorld.Admin)];
        _world.Connector.MembersPerPage = 2; // three pages

        var chat = _world.Chat(SchoolWorld.Coach);
        await chat
            .Deliver(_ => InChannel(message, SchoolWorld.Coach, "set coaching channel Lincoln"))
            .ExpectIn(thread, refused => Assert.Equal(FollowThroughTexts.OnlyLeadsSetChannel, refused.Text))
            .Deliver(_ => InChannel(message, Rido, "set coaching channel"))
            .ExpectIn(thread, asked => Assert.StartsWith("Which school is it for? Type **set coaching channel** and the school", asked.Text, StringComparison.Ordinal))
            .Deliver(_ => InChannel(message, Rido, "set coaching channel Washington"))
            .ExpectIn(thread, refused => Assert.StartsWith("As a lead coach you can do this for the schools you cover, and Washington Middle isn't one of them.", refused.Text, StringComparison.Ordinal))
            .Deliver(_ => InChannel(message, Rido, "set coaching channel lincoln"))
            .ExpectIn(thread, set => Assert.Equal(
                "Done: new requests for Lincoln Elementary are now posted in this channel instead of being sent to each coach. "
                + "**2 of the team's 5 members are not rostered coaches: they would see requests** (what teachers ask for, with their names). "
                + "If that's not right, remove them from the team or type **clear coaching channel**. Teachers' forms now say their request is posted in the coaching channel.",
                set.Text))
            .ExpectNoMoreReplies();

        var stored = await _world.Get<ICoachingChannelStore>().FindAsync(Lincoln, Ct);
        Assert.Equal((channelId, teamId), (stored!.ChannelId, stored.TeamId));
        Assert.Equal([teamId, teamId, teamId], _world.Connector.MemberListings);

        await new ChatScript(chat.Session).As(SchoolWorld.Teacher).In(ChatPlace.Personal(SchoolWorld.Teacher))
            .Send("request support")
            .ExpectCard(RequestFormCard.Kind, form => CardAssert.Contains(form, "at a school with a coaching channel, it's posted in that channel"))
            .Execute(RequestFormPayload.VerbName, new { need = Need, urgency = "week", role = TopicIds.ResourceProvider, school = Lincoln })
            .ExpectInvokeCard(RequestSummaryCard.Kind)
            .ExpectCard(RequestSummaryCard.Kind, summary => CardAssert.Contains(summary, "I'm posting it in the coaching channel of your school"))
            .RunJobs(_world)
            .ExpectIn(channelId, post =>
            {
                Assert.False(post.IsUpdate);
                Assert.Equal(CoachRequestCard.Kind, post.CardKind);
                CardAssert.Contains(post, "Posted in this coaching channel for the coaches who cover it");
                CardAssert.Contains(post, Need);
                CardAssert.Contains(post, "Claim");
                CardAssert.Contains(post, "Not mine");
            })
            .ExpectTo(SchoolWorld.Teacher, told => Assert.EndsWith(
                "in the coaching channel of Lincoln Elementary, where 2 coaches who cover Resource Provider can see it (so can the others in that team). I'll tell you here who picks it up.",
                told.Text, StringComparison.Ordinal))
            .ExpectNoMoreReplies() // nothing 1:1 to Bob or Dave
            .Send("request support")
            .ExpectCard(RequestFormCard.Kind, form => CardAssert.Contains(form, "It's posted in the coaching channel of your school"));

        var request = await _world.LatestRequestAsync(SchoolWorld.Teacher);
        var post = (await _world.Get<IRequestCopyStore>().ListAsync(request.Id, Ct)).Single(copy => copy.IsChannel);
        var postThread = $"{channelId};messageid={post.ActivityId}";

        await new ChatScript(chat.Session)
            .Deliver(_ => PressInChannel(message, SchoolWorld.OtherTeacher, post, new RequestClaimPayload(request.Id)))
            .ExpectInvokeMessage(RequestTexts.NotACoach)
            .Deliver(_ => PressInChannel(message, SchoolWorld.NewCoach, post, new RequestPassPayload(request.Id)))
            .ExpectStatus(200)
            .ExpectInvokeCard(CoachRequestCard.Kind)
            .ExpectIn(postThread, passed =>
            {
                Assert.True(passed.IsUpdate);
                Assert.Equal(post.ActivityId, passed.ActivityId);
                CardAssert.Contains(passed, "Passed: ");
                CardAssert.Contains(passed, "Dave Diaz");
                CardAssert.Contains(passed, "Claim");
            })
            .ExpectNoMoreReplies()
            .Deliver(_ => PressInChannel(message, SchoolWorld.Coach, post, new RequestClaimPayload(request.Id)))
            .ExpectStatus(200)
            .ExpectInvokeCard(CoachRequestCard.Kind)
            .ExpectIn(postThread, claimed =>
            {
                Assert.True(claimed.IsUpdate);
                CardAssert.Contains(claimed, "Claimed by Bob Brown, who has the details in a private chat with CoachBot");
                Assert.DoesNotContain(Need, claimed.CardText(), StringComparison.Ordinal);
                Assert.False(claimed.Card!.Value.TryGetProperty("actions", out _), "no buttons once claimed");
            })
            .ExpectNoMoreReplies()
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Teacher, told => CardAssert.Contains(told, "<at>Bob Brown</at> will help with your request"))
            .ExpectTo(SchoolWorld.Coach, mine =>
            {
                Assert.False(mine.IsUpdate);
                CardAssert.Contains(mine, "You claimed this");
                CardAssert.Contains(mine, Need);
                CardAssert.Contains(mine, "Done");
            })
            .ExpectNoMoreReplies()
            .Deliver(_ => PressInChannel(message, SchoolWorld.NewCoach, post, new RequestClaimPayload(request.Id)))
            .ExpectInvokeMessage($"Request {request.ShownId} was already claimed by Bob Brown.")
            .Deliver(_ => InChannel(message, Rido, "clear coaching channel"))
            .ExpectIn(thread, cleared => Assert.Equal(
                "Done: requests for Lincoln Elementary go to each coach who covers them, 1:1, again. Cards already posted in the channel still work there.", cleared.Text))
            .Deliver(_ => InChannel(message, Rido, "clear coaching channel"))
            .ExpectIn(thread, nothing => Assert.Equal(FollowThroughTexts.NoChannelToClear, nothing.Text))
            .As(SchoolWorld.Teacher).In(ChatPlace.Personal(SchoolWorld.Teacher))
            .Send("request support")
            .ExpectText("I've stopped your request for support so we can do this instead.")
            .ExpectCard(RequestFormCard.Kind, form => Assert.DoesNotContain("coaching channel", form.CardText(), StringComparison.Ordinal))
            .Execute(RequestFormPayload.VerbName, new { need = "A second one", urgency = "month", role = TopicIds.ResourceProvider, school = Lincoln })
            .ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Coach, card => CardAssert.Contains(card, "A second one"))
            .ExpectTo(SchoolWorld.NewCoach, card => CardAssert.Contains(card, "A second one"))
            .ExpectTo(SchoolWorld.Teacher, told => Assert.Contains("I've passed request R-", told.Text, StringComparison.Ordinal))
            .ExpectNoMoreReplies();

        Assert.Null(await _world.Get<ICoachingChannelStore>().FindAsync(Lincoln, Ct));
        Assert.Empty(_world.Connector.Unexpected);
    }

    [Fact]
    public async Task ACoachWhoClaimsFromTheirQueue_KeepsThatCard_AndThePostInTheChannelSaysWhoHasIt()
    {
        var message = Fixture(ChannelFixture);
        var channelId = message.ChannelData!.Channel!.Id!;
        await _world.GrantAsync("coach", SchoolWorld.NewCoach);
        await _world.GrantAsync("lead coach", Rido);
        await _world.CoverAsync(SchoolWorld.NewCoach, TopicIds.ResourceProvider, Lincoln);
        await _world.CoverAsync(Rido, TopicIds.DataCoach, Lincoln);

        var chat = _world.Chat(Rido);
        await chat
            .Deliver(_ => InChannel(message, Rido, "set coaching channel Lincoln"))
            .ExpectIn(message.Conversation!.Id!)
            .As(SchoolWorld.Teacher).In(ChatPlace.Personal(SchoolWorld.Teacher))
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, new { need = Need, urgency = "week", role = TopicIds.ResourceProvider, school = Lincoln })
            .ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .RunJobs(_world)
            .ExpectIn(channelId).ExpectTo(SchoolWorld.Teacher)
            .As(SchoolWorld.NewCoach).In(ChatPlace.Personal(SchoolWorld.NewCoach))
            .Send("my queue").ExpectCard(RequestQueueCard.Kind, queue => CardAssert.Contains(queue, "Waiting for a coach (1)"))
            .Execute(ActionVerbs.CommandRun).ExpectCard(CoachRequestCard.Kind, card => CardAssert.Contains(card, "Not mine"))
            .Execute(RequestClaimPayload.VerbName)
            .ExpectInvokeCard(CoachRequestCard.Kind)
            .ExpectCard(CoachRequestCard.Kind, mine =>
            {
                Assert.True(mine.IsUpdate);
                CardAssert.Contains(mine, "You claimed this");
            })
            .RunJobs(_world)
            .ExpectTo(SchoolWorld.Teacher, told => CardAssert.Contains(told, "<at>Dave Diaz</at> will help"))
            .ExpectIn(channelId, post =>
            {
                Assert.True(post.IsUpdate);
                CardAssert.Contains(post, "Claimed by Dave Diaz, who has the details in a private chat with CoachBot");
            })
            .ExpectNoMoreReplies(); // no second card for Dave
    }

    [Fact]
    public async Task SetCoachingChannel_OutsideATeamsChannel_SaysWhereItWorks()
    {
        await _world.GrantAsync("lead coach", Rido);
        await _world.Chat(Rido, ChatPlace.GroupChat("grade5-team"))
            .Send("set coaching channel Lincoln").ExpectText(FollowThroughTexts.ChannelOnlyInATeam)
            .In(ChatPlace.Personal(Rido))
            .Send("set coaching channel Lincoln").ExpectText(FollowThroughTexts.ChannelOnlyInATeam);

        Assert.Empty(await _world.Get<ICoachingChannelStore>().ListAsync(Ct));
    }

    [Fact]
    public async Task WhenTeamsWillNotListTheMembers_TheLeadCoachIsToldToCheckWhoIsInTheTeam()
    {
        var message = Fixture(ChannelFixture);
        await _world.GrantAsync("lead coach", Rido);
        await _world.CoverAsync(Rido, TopicIds.DataCoach, Lincoln);

        await _world.Chat(Rido)
            .Deliver(_ => InChannel(message, Rido, "set coaching channel Lincoln Elementary"))
            .ExpectIn(message.Conversation!.Id!, set => Assert.Contains(
                "I couldn't list the team's members, so check yourself who is in it: everyone in this team would see requests", set.Text, StringComparison.Ordinal));

        Assert.NotNull(await _world.Get<ICoachingChannelStore>().FindAsync(Lincoln, Ct));
    }

    /// <summary>A fixture activity, read as CoachBot reads it (skipped where ../shared is absent).</summary>
    private static Activity Fixture(string relative) =>
        JsonSerializer.Deserialize(File.ReadAllText(SharedFolder.RequirePath(relative)), ProtocolJsonContext.Default.Activity)!;

    /// <summary>The channel fixture as <paramref name="user"/> typing <paramref name="text"/> (after the bot's mention), with a fresh id.</summary>
    private static Activity InChannel(Activity fixture, ChatUser user, string text)
    {
        var activity = Fixture(ChannelFixture);
        var botMention = fixture.Entities!.First(entity => entity.Type == "mention").Text!;
        activity.Id = Guid.NewGuid().ToString("N");
        activity.From = new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId };
        activity.Text = $"{botMention} {text}";
        activity.Attachments = null;
        return activity;
    }

    /// <summary>
    /// The invoke fixture, moved into the channel the way Teams sends a press on a channel post: the channel's conversation
    /// (the post's thread), channelData and serviceUrl, the post's id in replyToId, the button's verb and data.
    /// </summary>
    private static Activity PressInChannel<T>(Activity channelMessage, ChatUser user, RequestCopy post, T payload)
        where T : class, ICardActionPayload<T>
    {
        var invoke = Fixture(InvokeFixture);
        invoke.Id = "f:" + Guid.NewGuid().ToString("D");
        invoke.ServiceUrl = channelMessage.ServiceUrl;
        invoke.ChannelData = channelMessage.ChannelData;
        invoke.Conversation = new ConversationAccount
        {
            Id = $"{channelMessage.ChannelData!.Channel!.Id};messageid={post.ActivityId}",
            ConversationType = "channel",
            IsGroup = true,
            TenantId = channelMessage.Conversation!.TenantId,
        };
        invoke.Recipient = channelMessage.Recipient;
        invoke.From = new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId };
        invoke.ReplyToId = post.ActivityId;
        var value = JsonNode.Parse(invoke.Value!.Value.GetRawText())!.AsObject();
        value["action"]!["verb"] = T.Verb;
        value["action"]!["data"] = JsonNode.Parse(CardActionPayload.ToData(payload, post.CardId!).GetRawText());
        invoke.Value = JsonSerializer.SerializeToElement(value);
        return invoke;
    }

    private static ChannelAccount Member(ChatUser user) => new() { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId };

    public void Dispose() => _world.Dispose();
}
