using CoachBot.Bot.Coverage;
using CoachBot.Bot.Requests;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Tests.Scheduling;

namespace CoachBot.Tests.Requests;

/// <summary>The requests' and coverage's SQLite stores on a real file: ids, atomic claims and cancels, copies.</summary>
public sealed class RequestStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 14, 0, 0, TimeSpan.Zero);
    private const string Teacher = "aaaaaaaa-0000-4000-8000-000000000001";

    private TempDatabase _database = null!;
    private SqliteRequestStore _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync(new RequestsStorageArea(), new CoverageStorageArea());
        _store = new SqliteRequestStore(_database.Database);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private static NewRequest New(string formCardId, string teacher = Teacher) =>
        new(formCardId, teacher, "Alice Adams", "Lincoln Elementary", "role.mentor", "Help with Padlet", null, Urgency.ThisMonth, null, Now);

    [Fact]
    public async Task SavingTheSameFormTwice_SavesOneRequest_AndEveryRequestGetsItsOwnShortId()
    {
        var first = await _store.CreateAsync(New("form-1"), Ct);
        var again = await _store.CreateAsync(New("form-1"), Ct);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 200; i++)
        {
            ids.Add((await _store.CreateAsync(New($"form-many-{i}"), Ct)).Id);
        }

        Assert.Equal(first, again);
        Assert.Equal(200, ids.Count);
        Assert.All(ids, id => Assert.True(RequestIds.TryParse(id, requirePrefix: false, out var parsed) && parsed == id));
        Assert.Equal(RequestStatus.Open, first.Status);
    }

    [Fact]
    public async Task SixteenClaimsAtOnce_ExactlyOneWins_AndEveryoneSeesTheWinner()
    {
        var request = await _store.CreateAsync(New("form-race"), Ct);
        using var start = new ManualResetEventSlim();
        var claims = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            start.Wait(Ct);
            return await _store.TryClaimAsync(request.Id, new Helper($"c0ac0ac0-0000-4000-8000-{i:D12}", $"29:coach-{i}", $"Coach {i}"), Now, Ct);
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(claims);

        var winner = Assert.Single(outcomes, outcome => outcome.Won);
        Assert.All(outcomes, outcome => Assert.Equal(winner.Request!.ClaimedBy, outcome.Request!.ClaimedBy));
        Assert.Equal(RequestStatus.Claimed, (await _store.FindAsync(request.Id, Ct))!.Status);
    }

    [Fact]
    public async Task OnlyTheTeacher_CancelsOnlyAnOpenRequest()
    {
        var request = await _store.CreateAsync(New("form-cancel"), Ct);

        Assert.False((await _store.TryCancelAsync(request.Id, "bbbbbbbb-0000-4000-8000-000000000002", Now, Ct)).Cancelled);
        Assert.True((await _store.TryCancelAsync(request.Id, Teacher, Now, Ct)).Cancelled);
        Assert.False((await _store.TryCancelAsync(request.Id, Teacher, Now, Ct)).Cancelled);
        Assert.False((await _store.TryClaimAsync(request.Id, new Helper("c0ac0ac0-0000-4000-8000-000000000001", null, "Bob"), Now, Ct)).Won);
        Assert.Equal(RequestStatus.Cancelled, (await _store.FindAsync(request.Id, Ct))!.Status);
    }

    [Fact]
    public async Task ACopyThatWaitedInTheOutbox_GetsItsActivityIdByItsCardId()
    {
        var request = await _store.CreateAsync(New("form-copy"), Ct);
        await _store.SaveAsync(new RequestCopy(request.Id, "c0ac0ac0-0000-4000-8000-000000000001", "Bob", CopyReason.Covers, CopyDelivery.Queued, "card-7", null, null, CopyView.Open, true, Now), Ct);

        Assert.Equal(request.Id, await _store.RecordDeliveredAsync("card-7", "a:bob", "1234", Ct));
        Assert.Null(await _store.RecordDeliveredAsync("some-other-card", "a:bob", "1235", Ct));
        var copy = await _store.FindAsync(request.Id, "c0ac0ac0-0000-4000-8000-000000000001", Ct);
        Assert.Equal((CopyDelivery.Sent, "a:bob", "1234"), (copy!.Delivery, copy.ConversationId, copy.ActivityId));
    }

    [Fact]
    public async Task MarkingRoutedOrTold_HappensOnce()
    {
        var request = await _store.CreateAsync(New("form-marks"), Ct);

        Assert.True(await _store.MarkRoutedAsync(request.Id, Now, Ct));
        Assert.False(await _store.MarkRoutedAsync(request.Id, Now, Ct));
        Assert.True(await _store.MarkTeacherToldAsync(request.Id, Now, Ct));
        Assert.False(await _store.MarkTeacherToldAsync(request.Id, Now, Ct));
    }

    [Fact]
    public async Task ADatabaseFromBeforeRequests_MovesForward_KeepingItsRoster()
    {
        await using var old = await TempDatabase.CreateAsync(
            new CoachBot.Bot.Storage.CoreStorageModule(), new CoachBot.Bot.Outbound.OutboundStorageModule(),
            new CoachBot.Bot.Scheduling.JobsStorageModule(), new CoachBot.Bot.School.RosterStorageModule());
        var roster = new CoachBot.Bot.School.SqliteRosterStore(old.Database);
        await roster.GrantAsync(new CoachBot.Dialogs.School.RosterMember("c0ac0ac0-0000-4000-8000-000000000001", "29:bob", "Bob"), CoachBot.Dialogs.School.CoachingRole.Coach, Teacher, Now, Ct);

        await old.MigrateAsync([.. CoachBot.Bot.Hosting.CoachBotFeatures.StorageAreas()]);

        Assert.NotNull(await roster.FindAsync("c0ac0ac0-0000-4000-8000-000000000001", Ct));
        var created = await new SqliteRequestStore(old.Database).CreateAsync(New("form-after-upgrade"), Ct);
        Assert.Equal(RequestStatus.Open, created.Status);
        await using var connection = await old.Database.OpenAsync(Ct);
        Assert.Equal(2, await CoachBot.Bot.Storage.DatabaseMigrator.GetVersionAsync(connection, "requests", Ct));
        Assert.Equal(1, await CoachBot.Bot.Storage.DatabaseMigrator.GetVersionAsync(connection, "coverage", Ct));
    }

    [Fact]
    public async Task Coverage_IsReplacedAsAWhole_AndKeptPerCoach()
    {
        var coverage = new SqliteCoverageStore(_database.Database);
        const string Coach = "C0AC0AC0-0000-4000-8000-000000000001";
        await coverage.SaveAsync(new CoachCoverage(Coach, ["role.mentor", "role.data-coach"], ["Lincoln Elementary", "Washington Middle"], Teacher, Now), Ct);
        await coverage.SaveAsync(new CoachCoverage(Coach, ["role.learner"], [], Teacher, Now), Ct);

        var saved = await coverage.FindAsync(Coach.ToLowerInvariant(), Ct);
        Assert.Equal(["role.learner"], saved!.RoleIds);
        Assert.Empty(saved.Schools);
        Assert.Single(await coverage.ListAsync(Ct));
        Assert.Null(await coverage.FindAsync("not-a-guid", Ct));
    }
}
