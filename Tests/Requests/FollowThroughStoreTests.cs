using CoachBot.Bot.Coverage;
using CoachBot.Bot.Requests;
using CoachBot.Bot.Storage;
using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Tests.Scheduling;

namespace CoachBot.Tests.Requests;

/// <summary>
/// The follow-through's SQLite store on a real file: each change happens once (of two at the same moment exactly one wins),
/// a database of the first release moves forward keeping its requests and copies, and the queue lists.
/// </summary>
public sealed class FollowThroughStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 14, 0, 0, TimeSpan.Zero);
    private const string Teacher = "aaaaaaaa-0000-4000-8000-000000000001";
    private const string Bob = "bbbbbbbb-0000-4000-8000-000000000002";
    private const string Dave = "dddddddd-0000-4000-8000-000000000004";

    private TempDatabase _database = null!;
    private SqliteRequestStore _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync(new RequestsStorageArea(), new CoverageStorageArea());
        _store = new SqliteRequestStore(_database.Database);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ADatabaseOfTheFirstRelease_MovesForward_KeepingItsRequestsAndCopies()
    {
        await using var old = await TempDatabase.CreateAsync(new FirstRelease());
        await old.Database.WriteAsync(session =>
        {
            session.Execute(
                """
                INSERT INTO support_requests (id, form_card_id, teacher_aad_object_id, teacher_name, school, role_id, need, urgency, status, created_at,
                    claimed_by, claimed_by_name, claimed_at, routed_at, teacher_told_at)
                VALUES ('7K3Q9X', 'form-old', $teacher, 'Alice Adams', 'Lincoln Elementary', 'role.mentor', 'Help with Padlet', 'week', 'claimed', $at,
                    $bob, 'Bob Brown', $at, $at, $at);
                INSERT INTO support_request_copies (request_id, recipient_aad_object_id, recipient_name, reason, delivery, card_id, conversation_id,
                    activity_id, shown, can_claim, updated_at)
                VALUES ('7K3Q9X', $bob, 'Bob Brown', 'covers', 'sent', 'card-1', 'a:bob', '1001', 'claimed_by_you', 1, $at);
                """,
                ("$teacher", Teacher), ("$bob", Bob), ("$at", Now.ToUnixTimeMilliseconds()));
        }, Ct);

        await old.MigrateAsync(new RequestsStorageArea());

        var store = new SqliteRequestStore(old.Database);
        var request = await store.FindAsync("7K3Q9X", Ct);
        Assert.Equal((RequestStatus.Claimed, Bob, "Help with Padlet", 1, Now), (request!.Status, request.ClaimedBy!.AadObjectId, request.Need, request.Round, request.OpenSince));
        Assert.Null(request.DoneAt);
        var copy = Assert.Single(await store.ListAsync("7K3Q9X", Ct));
        Assert.Equal((CopyView.ClaimedByYou, "1001", 1), (copy.Shown, copy.ActivityId, copy.Round));
        Assert.Null(copy.PassedAt);
        var done = await store.TryMarkDoneAsync("7K3Q9X", Bob, "Done together", Now.AddDays(1), Ct);
        Assert.True(done.Changed);
        await using var connection = await old.Database.OpenAsync(Ct);
        Assert.Equal(2, await DatabaseMigrator.GetVersionAsync(connection, "requests", Ct));
    }

    [Fact]
    public async Task APass_IsRecordedOnce_AndOnlyWhileTheRequestIsOpen()
    {
        var request = await RoutedAsync("form-pass", Bob, Dave);

        Assert.True(await _store.TryPassAsync(request.Id, Bob, Now, Ct));
        Assert.False(await _store.TryPassAsync(request.Id, Bob, Now.AddMinutes(1), Ct));
        Assert.False(await _store.TryPassAsync(request.Id, "someone-without-a-copy", Now, Ct));
        await _store.TryClaimAsync(request.Id, new Helper(Dave, "29:dave", "Dave Diaz"), Now, Ct);
        Assert.False(await _store.TryPassAsync(request.Id, Dave, Now, Ct));

        var copies = await _store.ListAsync(request.Id, Ct);
        Assert.Equal(Now, copies.Single(copy => copy.RecipientAadObjectId == Bob).PassedAt);
        Assert.Null(copies.Single(copy => copy.RecipientAadObjectId == Dave).PassedAt);
    }

    [Fact]
    public async Task TenRatingsAtTheSameMoment_OneIsKept_AndOnlyTheTeacherOfADoneRequestRates()
    {
        var request = await RoutedAsync("form-rate", Bob);
        Assert.False((await _store.TryRateAsync(request.Id, Teacher, RequestRating.Helpful, Now, Ct)).Changed); // not done yet
        await _store.TryClaimAsync(request.Id, new Helper(Bob, "29:bob", "Bob Brown"), Now, Ct);
        Assert.False((await _store.TryMarkDoneAsync(request.Id, Dave, "not mine to finish", Now, Ct)).Changed);
        Assert.True((await _store.TryMarkDoneAsync(request.Id, Bob, "Done together", Now, Ct)).Changed);
        Assert.False((await _store.TryMarkDoneAsync(request.Id, Bob, "again", Now, Ct)).Changed);
        Assert.False((await _store.TryRateAsync(request.Id, "ffffffff-0000-4000-8000-000000000006", RequestRating.Helpful, Now, Ct)).Changed);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            _store.TryRateAsync(request.Id, Teacher, i % 2 == 0 ? RequestRating.Helpful : RequestRating.NotHelpful, Now, Ct)));

        var won = Assert.Single(outcomes, outcome => outcome.Changed);
        var stored = await _store.FindAsync(request.Id, Ct);
        Assert.Equal((RequestStatus.Done, "Done together", won.Request!.Rating), (stored!.Status, stored.DoneNote, stored.Rating));
    }

    [Fact]
    public async Task Release_OpensANewRound_ForgetsTheClaim_AndCountsTheCoachAsPassed()
    {
        var request = await RoutedAsync("form-release", Bob, Dave);
        await _store.TryClaimAsync(request.Id, new Helper(Bob, "29:bob", "Bob Brown"), Now, Ct);
        await _store.MarkRoutedAsync(request.Id, Now, Ct);
        await _store.MarkTeacherToldAsync(request.Id, Now, Ct);
        Assert.False((await _store.TryReleaseAsync(request.Id, Dave, "Dave Diaz", Now, Ct)).Changed);

        var later = Now.AddDays(3);
        var released = await _store.TryReleaseAsync(request.Id, Bob, "Bob Brown", later, Ct);

        Assert.True(released.Changed);
        var again = released.Request!;
        Assert.Equal((RequestStatus.Open, 2, later, Bob, later), (again.Status, again.Round, again.OpenSince, again.ReleasedBy!.AadObjectId, again.ReleasedAt));
        Assert.Null(again.ClaimedBy);
        Assert.Null(again.RoutedAt);
        Assert.Null(again.TeacherToldAt);
        Assert.Equal(later, (await _store.FindAsync(request.Id, Bob, Ct))!.PassedAt);
        Assert.False((await _store.TryReleaseAsync(request.Id, Bob, "Bob Brown", later, Ct)).Changed);
        Assert.True(await _store.MarkRemindedAsync(request.Id, 2, later, Ct));
        Assert.False(await _store.MarkRemindedAsync(request.Id, 1, later, Ct));
        Assert.True(await _store.MarkEscalatedAsync(request.Id, 2, Escalation.AllPassed, later, Ct));
        Assert.False(await _store.MarkEscalatedAsync(request.Id, 2, Escalation.Unclaimed, later, Ct));
        Assert.Equal(Escalation.AllPassed, (await _store.FindAsync(request.Id, Ct))!.Escalation);
    }

    [Fact]
    public async Task TheQueue_ListsOpenAndClaimedOldestFirst_AndWhatWasDoneNewestFirst()
    {
        var older = await RoutedAsync("form-older", Bob, Dave);
        var newer = await RoutedAsync("form-newer", Bob, Dave, Now.AddHours(1));
        var passed = await RoutedAsync("form-passed", Bob, Dave, Now.AddHours(2));
        var claimed = await RoutedAsync("form-claimed", Bob, Dave, Now.AddHours(3));
        var done = await RoutedAsync("form-done", Bob, Dave, Now.AddHours(4));
        await _store.TryPassAsync(passed.Id, Bob, Now, Ct);
        await _store.TryClaimAsync(claimed.Id, new Helper(Bob, "29:bob", "Bob Brown"), Now, Ct);
        await _store.TryClaimAsync(done.Id, new Helper(Bob, "29:bob", "Bob Brown"), Now, Ct);
        await _store.TryMarkDoneAsync(done.Id, Bob, "Done", Now, Ct);

        Assert.Equal([older.Id, newer.Id], (await _store.ListOpenForAsync(Bob, Ct)).Select(request => request.Id));
        Assert.Equal([older.Id, newer.Id, passed.Id], (await _store.ListOpenForAsync(Dave, Ct)).Select(request => request.Id));
        Assert.Equal([claimed.Id], (await _store.ListClaimedByAsync(Bob, Ct)).Select(request => request.Id));
        Assert.Equal([done.Id], (await _store.ListDoneByAsync(Bob, 10, Ct)).Select(request => request.Id));
        Assert.Empty(await _store.ListDoneByAsync(Dave, 10, Ct));
    }

    [Fact]
    public async Task ACoachingChannel_IsOnePerSchool_ReplacedWhenSetAgain_AndRemoved()
    {
        var channels = new SqliteCoachingChannelStore(_database.Database);
        await channels.SaveAsync(new CoachingChannel("Lincoln Elementary", "19:a@thread.tacv2", "19:team@thread.tacv2", Bob, Now), Ct);
        await channels.SaveAsync(new CoachingChannel("Lincoln Elementary", "19:b@thread.tacv2", null, Dave, Now), Ct);
        await channels.SaveAsync(new CoachingChannel("Washington Middle", "19:b@thread.tacv2", null, Dave, Now), Ct);

        Assert.Equal("19:b@thread.tacv2", (await channels.FindAsync("Lincoln Elementary", Ct))!.ChannelId);
        Assert.Equal(2, (await channels.ListAsync(Ct)).Count);
        Assert.True(await channels.RemoveAsync("Lincoln Elementary", Ct));
        Assert.False(await channels.RemoveAsync("Lincoln Elementary", Ct));
        Assert.Null(await channels.FindAsync("Lincoln Elementary", Ct));
    }

    /// <summary>A request routed to <paramref name="coaches"/> (a delivered copy each).</summary>
    private async Task<SupportRequest> RoutedAsync(string form, string coach, string? other = null, DateTimeOffset? at = null)
    {
        var request = await _store.CreateAsync(
            new NewRequest(form, Teacher, "Alice Adams", "Lincoln Elementary", "role.mentor", "Help with Padlet", null, Urgency.ThisMonth, null, at ?? Now), Ct);
        foreach (var recipient in new[] { coach, other }.OfType<string>())
        {
            await _store.SaveAsync(new RequestCopy(request.Id, recipient, recipient, CopyReason.Covers, CopyDelivery.Sent, $"card-{form}-{recipient}", $"a:{recipient}", "1001",
                CopyView.Open, true, at ?? Now), Ct);
        }

        return request;
    }

    /// <summary>The requests area as the first release (issue 15) shipped it: its first migration only.</summary>
    private sealed class FirstRelease : IStorageModule
    {
        public string Name => new RequestsStorageArea().Name;

        public IReadOnlyList<string> Migrations { get; } = [new RequestsStorageArea().Migrations[0]];
    }
}
