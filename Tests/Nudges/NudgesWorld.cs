using CoachBot.Bot.Scheduling;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.Features.Nudges;
using CoachBot.Tests.Goals;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Infrastructure.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Nudges;

/// <summary>
/// CoachBot in memory for the nudges: Alice and Bob are coaches, Carol is a teacher. The clock starts on Sunday 29 November
/// 2026, 12:00 UTC (the school year 1 Aug 2026 – 31 Jul 2027; Monday 30 November starts its week 18). Jobs run only when a
/// test says <see cref="RunJobsAt"/>, which moves the fake clock there first.
/// </summary>
internal sealed class NudgesWorld : IDisposable
{
    public static readonly DateTimeOffset Sunday = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    public NudgesWorld(DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Outbound:TenantRequestsPerSecond"] = "1000",
            ["Outbound:ConversationRequestsPerSecond"] = "100",
            ["Outbound:ConversationRequestsPer2Seconds"] = "200",
            ["Outbound:ConversationRequestsPer30Seconds"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        Driver = new EngineChatDriver(configure, new FakeTimeProvider(now ?? Sunday), values);
        GoalsChat.GrantCoaches(Driver);
    }

    public EngineChatDriver Driver { get; }

    public FakeTimeProvider Time => Driver.Time;

    public T Get<T>()
        where T : notnull => Driver.Services.GetRequiredService<T>();

    public INudgeStore Store => Get<INudgeStore>();

    public ChatScript Chat(ChatUser user, string? timeZone = "Europe/Oslo")
    {
        var session = new ChatSession(Driver, user, ChatPlace.Personal(user)) { TimeZone = timeZone };
        return new ChatScript(session);
    }

    public Task<NudgeSchedule?> ScheduleAsync(ChatUser coach) => Store.FindScheduleAsync(coach.AadObjectId, TestContext.Current.CancellationToken);

    /// <summary>Saves a goal for <paramref name="coach"/> in this school year (straight into the store).</summary>
    public Goal Seed(ChatUser coach, string title, int? target = 6, string? unit = "workshops", int progress = 0, IReadOnlyList<string>? milestones = null) =>
        GoalsChat.Seed(Driver, coach, title, target, unit, progress, milestones);

    /// <summary>Moves the clock to <paramref name="at"/>, runs the jobs due then, and records what they sent.</summary>
    public Func<ChatSession, Task> RunJobsAt(DateTimeOffset at) => async session =>
    {
        var sent = await RunJobsAtAsync(at);
        session.RecordSent($"jobs ran at {at:u}", sent);
    };

    /// <summary>Moves the clock to <paramref name="at"/> and runs the jobs due then; what they sent.</summary>
    public async Task<IReadOnlyList<ChatReply>> RunJobsAtAsync(DateTimeOffset at)
    {
        while (Driver.Connector.Sent.TryDequeue(out _))
        {
        }

        if (at > Time.GetUtcNow())
        {
            Time.SetUtcNow(at);
        }

        var runner = Get<JobRunner>();
        for (var round = 0; round < 20 && await runner.RunDueAsync(Time.GetUtcNow(), TestContext.Current.CancellationToken) > 0; round++)
        {
        }

        var sent = new List<ChatReply>();
        while (Driver.Connector.Sent.TryDequeue(out var activity))
        {
            sent.Add(HttpChatDriver.ToReply(activity));
        }

        return sent;
    }

    public void Dispose() => Driver.Dispose();
}
