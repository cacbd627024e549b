using System.Text;
using CoachBot.Cards.Views.OwnData;
using CoachBot.Cards.Views.TeamView;
using CoachBot.Dialogs.Features.TeamView;
using CoachBot.Dialogs.OwnData;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.TeamView;

/// <summary>
/// <c>team view</c> and <c>team view export</c>: lead coaches and admins get counts and minutes, privately; a coach without
/// the lead role, a teacher and a group chat get no team figures; no card or file holds anything a user typed.
/// </summary>
public sealed class TeamViewConversationTests : IDisposable
{
    private readonly TeamViewHost _host = new();

    [Fact]
    public async Task ALeadCoach_GetsTheTeamView_WithCountsAndMinutesOnly()
    {
        await _host.SeedAsync();

        await _host.Chat(ChatUser.Alice)
            .Send("team view")
            .ExpectCard(TeamViewCard.Kind, card =>
            {
                var text = card.CardText();
                CardAssert.Contains(card, "The coaching team's view: all schools");
                CardAssert.Contains(card, "All kinds of support");
                CardAssert.Contains(card, "Mentor");
                CardAssert.Contains(card, "made 15");
                CardAssert.Contains(card, "fewer than 5");
                CardAssert.Contains(card, "Lincoln");
                CardAssert.Contains(card, "Diverted time");
                CardAssert.Contains(card, "150 min");
                TeamViewHost.AssertNoTypedText(text);
                TeamViewHost.AssertNoTypedText(card.Card!.Value.GetRawText());
            })
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task AnAdmin_GetsTheTeamView()
    {
        await _host.SeedAsync();

        await _host.Chat(ChatUser.Carol).Send("team view").ExpectCard(TeamViewCard.Kind).ExpectNoMoreReplies();
    }

    [Fact]
    public async Task OneSchool_IsShownByName_AndAnUnknownSchoolIsNamedPolitely()
    {
        await _host.SeedAsync();

        await _host.Chat(ChatUser.Alice)
            .Send("team view lincoln")
            .ExpectCard(TeamViewCard.Kind, card =>
            {
                CardAssert.Contains(card, "The coaching team's view: Lincoln");
                CardAssert.Contains(card, "**Lincoln**: Data Coach");
                TeamViewHost.AssertNoTypedText(card.Card!.Value.GetRawText());
            })
            .Send("team view Narnia")
            .ExpectText(TeamViewTexts.UnknownSchool([TeamFiguresTests.Lincoln, TeamFiguresTests.Roosevelt]))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task ACoachWithoutTheLeadRole_AndATeacher_GetNoTeamFigures()
    {
        await _host.SeedAsync();

        await _host.Chat(ChatUser.Bob).Send("team view").ExpectText(TeamViewTexts.ForCoaches).ExpectNoMoreReplies();
        await _host.Chat(ChatUser.Bob).Send("team view export").ExpectText(TeamViewTexts.ForCoaches).ExpectNoMoreReplies();
        await _host.Chat(TeamViewHost.Dave).Send("team view").ExpectText(TeamViewTexts.ForTeachers).ExpectNoMoreReplies();
        await _host.Chat(TeamViewHost.Dave).Send("team view Lincoln").ExpectText(TeamViewTexts.ForTeachers).ExpectNoMoreReplies();

        Assert.DoesNotContain(_host.Driver.Connector.Sent, sent => sent.Activity.Attachments is { Count: > 0 });
    }

    [Fact]
    public async Task InAGroupChat_TheGroupGetsNoFigures_TheLeadCoachGetsThemPrivately()
    {
        await _host.SeedAsync();
        var group = ChatPlace.GroupChat("principals");

        await _host.Chat(ChatUser.Alice, group)
            .Send("team view")
            .ExpectPrivate(reply => Assert.Equal(TeamViewCard.Kind, reply.CardKind))
            .ExpectText("I've sent you a private message.")
            .ExpectNoMoreReplies();
        await _host.Chat(TeamViewHost.Dave, group)
            .Send("team view")
            .ExpectPrivate(reply => Assert.Equal(TeamViewTexts.ForTeachers, reply.Text))
            .ExpectText("I've sent you a private message.")
            .ExpectNoMoreReplies();

        Assert.DoesNotContain(_host.Driver.Connector.Sent, sent => sent.ConversationId == group.ConversationId && sent.Activity.Attachments is { Count: > 0 });
    }

    [Fact]
    public async Task TheExport_IsAOneTimeLink_ToACsvOfTheSameFigures_WithNoTypedText()
    {
        await _host.SeedAsync();

        await _host.Chat(ChatUser.Alice)
            .Send("team view export")
            .ExpectCard(DownloadLinkCard.Kind, card => CardAssert.Contains(card, "The coaching team's figures are ready to download"))
            .ExpectNoMoreReplies();

        var source = _host.Driver.Services.GetServices<IDownloadSource>().Single(candidate => candidate.Kind == TeamViewExport.KindName);
        var table = await source.ReadAsync(new DownloadRequest(TeamViewExport.KindName, ChatUser.Alice.AadObjectId, "America/New_York"), TeamViewHost.Ct);
        Assert.NotNull(table);
        var bytes = CsvFile.Write(table);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        TeamViewHost.AssertNoTypedText(csv);
        Assert.StartsWith("Period,From,To,School,Figure,Kind of support or role,Value\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("School year so far,2026-08-01,2026-11-30,All schools,Requests made,All kinds of support,15\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Lincoln,Requests made,Data Coach,fewer than 5\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Lincoln,Coverage gap (asked for; no reachable coach covers it),Data Coach,yes", csv, StringComparison.Ordinal);
        Assert.Contains(",held back\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExportsLink_GivesNothing_ToSomeoneNoLongerALeadCoach()
    {
        await _host.SeedAsync();
        var source = _host.Driver.Services.GetServices<IDownloadSource>().Single(candidate => candidate.Kind == TeamViewExport.KindName);

        Assert.Null(await source.ReadAsync(new DownloadRequest(TeamViewExport.KindName, ChatUser.Bob.AadObjectId, "America/New_York"), TeamViewHost.Ct));
        Assert.Null(await source.ReadAsync(new DownloadRequest(TeamViewExport.KindName, TeamViewHost.Dave.AadObjectId, "America/New_York"), TeamViewHost.Ct));
    }

    [Fact]
    public async Task WithoutData_TheViewSaysSo()
    {
        using var empty = new TeamViewHost();
        await empty.Driver.Services.GetRequiredService<IRosterStore>().GrantAsync(
            new RosterMember(ChatUser.Alice.AadObjectId, ChatUser.Alice.Id, ChatUser.Alice.Name), CoachingRole.LeadCoach, "test", empty.Driver.Time.GetUtcNow(), TeamViewHost.Ct);

        await empty.Chat(ChatUser.Alice)
            .Send("team view")
            .ExpectCard(TeamViewCard.Kind, card =>
            {
                CardAssert.Contains(card, "No support requests this school year.");
                CardAssert.Contains(card, "No reflection minutes this school year.");
            })
            .ExpectNoMoreReplies();
    }

    public void Dispose() => _host.Dispose();
}
