using CoachBot.Bot.Scheduling;

namespace CoachBot.Tests.Scheduling;

public sealed class JobClaimTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Concurrent_claims_on_the_same_database_never_lease_the_same_job()
    {
        await using var jobs = await JobsFixture.CreateAsync();
        var ids = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            ids.Add(await jobs.ScheduleAsync("test.claim", TimeSpan.FromSeconds(i % 7)));
        }

        jobs.Time.Advance(TimeSpan.FromMinutes(1));
        var now = jobs.Time.GetUtcNow();
        // Claimers sharing one database (its writer commits their claims together) and one on a second opener of the file.
        var other = new SqliteJobStore(jobs.Database.Open(), jobs.Time);
        var stores = new[] { jobs.Store, jobs.Store, jobs.Store, jobs.Store, other, other };
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var claimers = stores.Select((store, index) => Task.Run(async () =>
        {
            await start.Task;
            var leased = new List<ClaimedJob>();
            while (true)
            {
                var claim = await store.ClaimDueAsync(now, $"claimer-{index}", jobs.Options.LeaseDuration, 3, jobs.Options.MaxAttempts, Ct);
                if (claim.Claimed.Count == 0)
                {
                    return leased;
                }

                leased.AddRange(claim.Claimed);
            }
        }, Ct)).ToList();
        start.SetResult();
        var leases = (await Task.WhenAll(claimers)).SelectMany((leased, index) => leased.Select(job => (job.Id, Owner: $"claimer-{index}"))).ToList();

        Assert.Equal(ids.Order(), leases.Select(lease => lease.Id).Order());
        foreach (var (id, owner) in leases)
        {
            var job = await jobs.JobAsync(id);
            Assert.Equal((JobStatus.Running, owner, 1), (job.Status, job.LeaseOwner, job.Attempts));
        }
    }
}
