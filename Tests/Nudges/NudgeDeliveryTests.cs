using CoachBot.Bot.Nudges;
using CoachBot.Bot.Outbound;
using CoachBot.Bot.Scheduling;
using CoachBot.Cards.Views.Nudges;
using CoachBot.Dialogs.Features.Nudges;
using CoachBot.Dialogs.Messaging;
using CoachBot.Dialogs.Scheduling;
using CoachBot.Tests.Infrastructure.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.Nudges;

/// <summary>
/// Delivered once, honestly: claimed in the sent-nudges table under a lease, marked sent only after the connector accepted it,
/// retried when Teams says so, and stopped when Teams refuses.
/// </summary>
public sealed class NudgeDeliveryTests
{
    private static readonly DateTimeOffset Due = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Week = new(2026, 11, 30);

    private static async Task<NudgesWorld> NudgedWorldAsync(Action<IServiceCollection>? configure = null)
    {
        var world = new NudgesWorld(configure: configure);
        world.Seed(ChatUser.Alice, "Parent workshops");
        await world.Chat(ChatUser.Alice).Send("hello");
        return world;
    }

    private static int Nudges(IEnumerable<ChatReply> sent) => sent.Count(reply => reply.CardKind == NudgeCard.Kind && !reply.IsUpdate);

    [Fact]
    public async Task ACrashBeforeTheSend_SendsItOnceAfterTheClaimRunsOut()
    {
        var crash = new CrashingDelivery(afterSend: false);
        using var world = await NudgedWorldAsync(services => crash.Install(services));

        Assert.Equal(0, Nudges(await world.RunJobsAtAsync(Due)));
        Assert.Equal("claimed", (await SentRowAsync(world))!.Status);
        Assert.Equal(0, Nudges(await world.RunJobsAtAsync(Due + TimeSpan.FromMinutes(1)))); // still claimed by the crashed sender

        Assert.Equal(1, Nudges(await world.RunJobsAtAsync(Due + TimeSpan.FromMinutes(3))));
        var row = await SentRowAsync(world);
        Assert.Equal(("sent", 2), (row!.Status, row.Attempts));
        Assert.Equal(0, Nudges(await world.RunJobsAtAsync(Due + TimeSpan.FromHours(1))));
    }

    [Fact]
    public async Task ACrashAfterTheConnectorAccepted_CanSendItOnceMore_AndSaysSo()
    {
        var crash = new CrashingDelivery(afterSend: true);
        using var world = await NudgedWorldAsync(services => crash.Install(services));

        Assert.Equal(1, Nudges(await world.RunJobsAtAsync(Due))); // accepted, then the sender died before marking it
        Assert.Equal(1, Nudges(await world.RunJobsAtAsync(Due + TimeSpan.FromMinutes(3)))); // the one duplicate the design allows

        var row = await SentRowAsync(world);
        Assert.Equal(("sent", 2), (row!.Status, row.Attempts)); // attempt 2 is the logged resend
        Assert.Equal(0, Nudges(await world.RunJobsAtAsync(Due + TimeSpan.FromHours(1))));
    }

    [Fact]
    public async Task TwoWorkersOnOneDatabase_NeverSendOneNudgeTwice()
    {
        using var world = await NudgedWorldAsync();
        world.Time.SetUtcNow(Due);
        // A second job for the same nudge (as a second process that planned it too would have).
        await world.Get<NudgeScheduling>().SendNowAsync(ChatUser.Alice.AadObjectId, Week, TestContext.Current.CancellationToken);
        await world.Get<IJobScheduler>().ScheduleAsync(NudgeJob.JobKind,
            $$"""{"coach":"{{ChatUser.Alice.AadObjectId}}","week":"2026-11-30","kind":"Weekly"}""", Due, null, TestContext.Current.CancellationToken);
        var runners = Enumerable.Range(0, 2).Select(_ => new JobRunner(
            world.Get<IJobStore>(), world.Get<IEnumerable<IJobHandler>>(), world.Get<IOptions<JobOptions>>(), world.Time, NullLogger<JobRunner>.Instance)).ToList();

        await Task.WhenAll(runners.Select(runner => Task.Run(() => runner.RunDueAsync(Due, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken)));
        await Task.WhenAll(runners.Select(runner => runner.RunDueAsync(Due, TestContext.Current.CancellationToken)));

        var sent = new List<ChatReply>();
        while (world.Driver.Connector.Sent.TryDequeue(out var activity))
        {
            sent.Add(HttpChatDriver.ToReply(activity));
        }

        Assert.Equal(1, Nudges(sent));
    }

    [Fact]
    public async Task Throttled_RetriesWhenTeamsSays_AndCountsItSentOnlyThen()
    {
        using var world = await NudgedWorldAsync();
        world.Driver.Connector.Throttled[ChatPlace.Personal(ChatUser.Alice).ConversationId] = 10;

        Assert.Equal(0, Nudges(await world.RunJobsAtAsync(Due)));
        Assert.NotEqual("sent", (await SentRowAsync(world))?.Status);
        Assert.Empty(await world.Get<IOutboxStore>().ListAsync(ChatPlace.Personal(ChatUser.Alice).ConversationId, TestContext.Current.CancellationToken)); // never through the outbox

        world.Driver.Connector.Throttled.Clear();
        Assert.Equal(1, Nudges(await world.RunJobsAtAsync(world.Time.GetUtcNow() + TimeSpan.FromMinutes(2))));
        Assert.Equal("sent", (await SentRowAsync(world))!.Status);
    }

    [Fact]
    public async Task Unavailable_ABriefOutageIsRetriedAtOnce_ALongOneByTheJobLater()
    {
        using var world = await NudgedWorldAsync();
        var chat = ChatPlace.Personal(ChatUser.Alice).ConversationId;
        world.Driver.Connector.Unavailable[chat] = 1;

        Assert.Equal(1, Nudges(await world.RunJobsAtAsync(Due))); // the connector policy's back-off

        using var later = await NudgedWorldAsync();
        later.Driver.Connector.Unavailable[chat] = 100;
        Assert.Equal(0, Nudges(await later.RunJobsAtAsync(Due)));
        Assert.Equal("released", (await SentRowAsync(later))!.Status);

        later.Driver.Connector.Unavailable.Clear();
        Assert.Equal(1, Nudges(await later.RunJobsAtAsync(Due + TimeSpan.FromMinutes(5))));
        Assert.Equal("sent", (await SentRowAsync(later))!.Status);
    }

    [Fact]
    public async Task Refused_StopsTheCoachsNudges_UntilTheyWriteAgain()
    {
        using var world = await NudgedWorldAsync();
        world.Driver.Connector.Blocked[ChatPlace.Personal(ChatUser.Alice).ConversationId] = true;

        Assert.Equal(0, Nudges(await world.RunJobsAtAsync(Due)));
        var schedule = await world.ScheduleAsync(ChatUser.Alice);
        Assert.True(schedule!.Unreachable);
        Assert.Null(schedule.NextDue);
        Assert.Equal(0, Nudges(await world.RunJobsAtAsync(new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero))));

        world.Driver.Connector.Blocked.Clear();
        await world.Chat(ChatUser.Alice).Send("hello again");
        schedule = await world.ScheduleAsync(ChatUser.Alice);
        Assert.False(schedule!.Unreachable);
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 7, 0, 0, TimeSpan.Zero), schedule.NextDue);
    }

    private static Task<SentNudge?> SentRowAsync(NudgesWorld world) =>
        world.Store.FindSentAsync(ChatUser.Alice.AadObjectId, Week, NudgeKind.Weekly, TestContext.Current.CancellationToken);

    /// <summary>The real delivery, except that the first send "crashes" the sender: before the call, or after Teams accepted it.</summary>
    private sealed class CrashingDelivery(bool afterSend)
    {
        private int _calls;

        private bool AfterSend => afterSend;

        public void Install(IServiceCollection services) =>
            services.Replace(ServiceDescriptor.Singleton<INudgeDelivery>(provider => new Delivery(this, new NudgeDelivery(provider.GetRequiredService<ProactiveMessenger>()))));

        private sealed class Delivery(CrashingDelivery owner, INudgeDelivery real) : INudgeDelivery
        {
            public async Task<SendOutcome> SendAsync(string coach, MessageContent content, CancellationToken cancellationToken)
            {
                var first = Interlocked.Increment(ref owner._calls) == 1;
                if (first && !owner.AfterSend)
                {
                    throw new InvalidOperationException("the sender crashed before the send");
                }

                var outcome = await real.SendAsync(coach, content, cancellationToken);
                return first ? throw new InvalidOperationException("the sender crashed after the send") : outcome;
            }
        }
    }
}
