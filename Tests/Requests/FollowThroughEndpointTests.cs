using CoachBot.Cards.Views.Requests;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Tests.Infrastructure.Host;

namespace CoachBot.Tests.Requests;

/// <summary>
/// Reminders and escalation through the real host (the SQLite file, the job table, the endpoint), on a fake clock that
/// crosses a weekend and the winter break, with CoachBot restarted in between: school days are counted from stored
/// instants, so the restart changes nothing.
/// </summary>
public sealed class FollowThroughEndpointTests : IDisposable
{
    private const string Lincoln = "Lincoln Elementary";

    private static readonly Dictionary<string, string?> WinterBreak = new()
    {
        ["School:Breaks:0:Name"] = "Winter break",
        ["School:Breaks:0:Start"] = "2026-12-21",
        ["School:Breaks:0:End"] = "2027-01-01",
    };

    private readonly List<SchoolWorld> _worlds = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnUnclaimedRequest_RemindsAfterTwoSchoolDays_AndEscalatesAfterTwoMore_AcrossAWeekendAndABreak_AndARestart()
    {
        var first = World();
        first.Factory!.DeleteDatabaseOnDispose = false;
        await first.GrantAsync("coach", SchoolWorld.Coach, SchoolWorld.NewCoach);
        await first.GrantAsync("lead coach", SchoolWorld.LeadCoach);
        await first.CoverAsync(SchoolWorld.Coach, TopicIds.ResourceProvider, Lincoln);
        await first.CoverAsync(SchoolWorld.NewCoach, TopicIds.ResourceProvider, Lincoln);
        await first.CoverAsync(SchoolWorld.LeadCoach, TopicIds.DataCoach, Lincoln);

        // Asked on Thursday 17 December at 10:00 in New York. School days after it: Friday 18, then (weekend, winter break,
        // weekend) Monday 4 January — the reminder is due then at 10:00; Tuesday 5 and Wednesday 6 — the escalation then.
        first.Time.SetUtcNow(At("2026-12-17T15:00:00Z"));
        var chat = first.Chat(SchoolWorld.Teacher);
        await chat
            .Send("request support").ExpectCard(RequestFormCard.Kind)
            .Execute(RequestFormPayload.VerbName, new { need = "Padlet walls for my science groups", urgency = "week", role = TopicIds.ResourceProvider, school = Lincoln })
            .ExpectInvokeCard(RequestSummaryCard.Kind).ExpectCardUpdated(RequestSummaryCard.Kind)
            .RunJobs(first)
            .ExpectTo(SchoolWorld.Coach).ExpectTo(SchoolWorld.NewCoach).ExpectTo(SchoolWorld.Teacher)
            .ExpectNoMoreReplies()
            .As(SchoolWorld.NewCoach).In(ChatPlace.Personal(SchoolWorld.NewCoach))
            .Execute(RequestPassPayload.VerbName).ExpectInvokeCard(CoachRequestCard.Kind).ExpectCardUpdated(CoachRequestCard.Kind)
            .At(first, At("2026-12-18T20:00:00Z")).RunJobs(first).ExpectNoMoreReplies()
            .At(first, At("2026-12-28T15:00:00Z")).RunJobs(first).ExpectNoMoreReplies();
        var request = await first.LatestRequestAsync(SchoolWorld.Teacher);
        var database = first.Factory.DatabasePath;
        first.Dispose();

        // CoachBot restarts during the break, on the same database.
        var second = World(database);
        await second.Chat(SchoolWorld.Coach)
            .At(second, At("2027-01-04T14:59:00Z")).RunJobs(second).ExpectNoMoreReplies()
            .At(second, At("2027-01-04T15:00:00Z")).RunJobs(second)
            .ExpectTo(SchoolWorld.Coach, reminder => Assert.Equal(
                $"Reminder: request {request.ShownId} from Alice Adams (Resource Provider at Lincoln Elementary, this week) has waited 2 school days and nobody has claimed it. "
                + $"Press Claim or Not mine on its card, or type **request {request.ShownId}** to see it again.",
                reminder.Text))
            .ExpectNoMoreReplies() // Dave passed: no reminder for him
            .At(second, At("2027-01-05T15:00:00Z")).RunJobs(second).ExpectNoMoreReplies()
            .At(second, At("2027-01-06T14:59:00Z")).RunJobs(second).ExpectNoMoreReplies()
            .At(second, At("2027-01-06T15:00:00Z")).RunJobs(second)
            .ExpectTo(SchoolWorld.LeadCoach, escalated =>
            {
                Assert.Equal(CoachRequestCard.Kind, escalated.CardKind);
                CardAssert.Contains(escalated, "Nobody has claimed it in 4 school days (the coaches who cover it were reminded after 2 school days), so it comes to you as a lead coach");
                CardAssert.Contains(escalated, "Padlet walls for my science groups");
                CardAssert.Contains(escalated, "Dave Diaz");
                CardAssert.Contains(escalated, $"assign {request.ShownId} @Name");
            })
            .ExpectTo(SchoolWorld.Teacher, told => Assert.Equal(
                $"Nobody has picked up your request {request.ShownId} yet (it has waited 4 school days), so I've passed it to your school's lead coaches, who can take it or assign it to a coach. I'll tell you here who picks it up.",
                told.Text))
            .ExpectNoMoreReplies()
            .At(second, At("2027-01-20T15:00:00Z")).RunJobs(second).ExpectNoMoreReplies()
            .As(SchoolWorld.LeadCoach).In(ChatPlace.Personal(SchoolWorld.LeadCoach))
            .SendMentioning($"assign {request.ShownId} <at>Bob Brown</at>", SchoolWorld.Coach)
            .ExpectText($"Assigned request {request.ShownId} to Bob Brown. They get the request with a Done button, and Alice Adams is being told who will help.")
            .RunJobs(second)
            .ExpectEach(
                ("the teacher told Bob will help", reply => reply.CardKind == RequestClaimedCard.Kind && reply.CardText().Contains("<at>Bob Brown</at> will help", StringComparison.Ordinal)),
                ("Bob told it was assigned to him", reply => reply.Text?.StartsWith($"Erin Evans assigned request {request.ShownId} to you.", StringComparison.Ordinal) == true),
                ("Bob's card updated, with Done", reply => reply.IsUpdate && reply.ConversationId == ChatPlace.Personal(SchoolWorld.Coach).ConversationId
                    && reply.CardText().Contains("You claimed this", StringComparison.Ordinal)),
                ("Erin's card updated", reply => reply.IsUpdate && reply.ConversationId == ChatPlace.Personal(SchoolWorld.LeadCoach).ConversationId
                    && reply.CardText().Contains("Claimed by Bob Brown", StringComparison.Ordinal)))
            .ExpectNoMoreReplies();
        var stored = await second.LatestRequestAsync(SchoolWorld.Teacher);
        Assert.Equal((RequestStatus.Claimed, Escalation.Unclaimed), (stored.Status, stored.Escalation));
        Assert.Equal(At("2027-01-04T15:00:00Z"), stored.RemindedAt);
        Assert.Equal(At("2027-01-06T15:00:00Z"), stored.EscalatedAt);
    }

    private SchoolWorld World(string? databasePath = null)
    {
        var world = new SchoolWorld(overHttp: true, settings: WinterBreak, databasePath: databasePath, jobsOnlyWhenRun: true);
        _worlds.Add(world);
        return world;
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        foreach (var world in _worlds)
        {
            world.Dispose();
        }

        if (_worlds.Count > 0 && _worlds[0].Factory is { } first)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(first.DatabasePath + suffix);
            }
        }
    }
}
