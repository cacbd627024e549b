using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Scheduling;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Infrastructure.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Requests;

/// <summary>
/// A school for the coverage and request tests: Carol is an admin (from the settings), two schools (Lincoln and
/// Washington) unless a test says otherwise, and CoachBot on either the in-memory driver (fast) or the real endpoint.
/// Jobs run only when a script says <see cref="RunJobs"/>, at the host's (fake) time, so every message is checked in order.
/// </summary>
public sealed class SchoolWorld : IDisposable
{
    public static readonly ChatUser Teacher = ChatUser.Alice;
    public static readonly ChatUser Coach = ChatUser.Bob;
    public static readonly ChatUser Admin = ChatUser.Carol;
    public static readonly ChatUser NewCoach = new("29:dave", "dddddddd-0000-4000-8000-000000000004", "Dave Diaz");
    public static readonly ChatUser LeadCoach = new("29:erin", "eeeeeeee-0000-4000-8000-000000000005", "Erin Evans");
    public static readonly ChatUser OtherTeacher = new("29:frank", "ffffffff-0000-4000-8000-000000000006", "Frank Fischer");

    public static readonly ChatPlace StaffChannel = ChatPlace.Channel("staff");

    private readonly EngineChatDriver? _engine;
    private readonly CoachBotFactory? _factory;

    /// <param name="databasePath">Over HTTP: the SQLite file to use (a world after a restart continues on its predecessor's).</param>
    /// <param name="jobsOnlyWhenRun">
    /// Over HTTP: no background job or outbox worker, so jobs run only at <see cref="RunJobs"/> and the outbox only at
    /// <see cref="DrainOutbox"/> (for tests that move the clock by days: the workers' timers on the fake clock would tick for
    /// every poll interval skipped, and run jobs behind the test's back).
    /// </param>
    public SchoolWorld(bool overHttp = false, IReadOnlyDictionary<string, string?>? settings = null, bool oneSchool = false, string? databasePath = null, bool jobsOnlyWhenRun = false)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Coaching:Admins:0"] = Admin.AadObjectId,
            // The clock is fake and never moves on its own, so a test's messages to one chat all fall in one instant;
            // Teams' pacing is tested elsewhere.
            ["Outbound:TenantRequestsPerSecond"] = "1000",
            ["Outbound:ConversationRequestsPerSecond"] = "100",
            ["Outbound:ConversationRequestsPer2Seconds"] = "200",
            ["Outbound:ConversationRequestsPer30Seconds"] = "1000",
        };
        if (!oneSchool)
        {
            values["School:Schools:0"] = "Lincoln Elementary";
            values["School:Schools:1"] = "Washington Middle";
        }

        if (jobsOnlyWhenRun)
        {
            // The checkpoint timer runs on the fake clock too: at its longest, a jump of days ticks it thousands of times, not millions.
            values["Storage:CheckpointInterval"] = "00:01:00";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        if (overHttp)
        {
            _factory = new CoachBotFactory(
                settings: values,
                databasePath: databasePath,
                configureServices: jobsOnlyWhenRun
                    ? services =>
                    {
                        foreach (var worker in services.Where(d => d.ImplementationType == typeof(JobWorker) || d.ImplementationType == typeof(CoachBot.Bot.Outbound.OutboxWorker)).ToList())
                        {
                            services.Remove(worker);
                        }
                    }
                    : null);
            Driver = new HttpChatDriver(_factory);
            Connector = _factory.Connector;
            Services = _factory.Services;
            Time = _factory.Time;
        }
        else
        {
            _engine = new EngineChatDriver(settings: values);
            Driver = _engine;
            Connector = _engine.Connector;
            Services = _engine.Services;
            Time = _engine.Time;
        }
    }

    public IChatDriver Driver { get; }

    /// <summary>The real host, when the world runs over HTTP.</summary>
    public CoachBotFactory? Factory => _factory;

    public RecordingConnector Connector { get; }

    public IServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A chat as <paramref name="user"/> in their personal chat (or <paramref name="place"/>).</summary>
    public ChatScript Chat(ChatUser user, ChatPlace? place = null) =>
        new(new ChatSession(Driver, user, place ?? ChatPlace.Personal(user)));

    /// <summary>Carol (admin) grants <paramref name="role"/> ("coach", "lead coach") to each person by @mention in the staff channel.</summary>
    public async Task GrantAsync(string role, params ChatUser[] people)
    {
        foreach (var person in people)
        {
            await Chat(Admin, StaffChannel)
                .Deliver(s => Mentioning(ActivityBuilder.Message(s.User, s.Place, $"add {role} <at>{person.Name}</at>"), person))
                .ExpectTextContaining(person.Name);
        }
    }

    /// <summary>Sets a coach's coverage directly (the coverage form is tested on its own).</summary>
    public Task CoverAsync(ChatUser coach, string roleIds, params string[] schools) =>
        Get<CoachBot.Dialogs.Features.Coverage.ICoverageStore>().SaveAsync(
            new CoachBot.Dialogs.Features.Coverage.CoachCoverage(coach.AadObjectId, roleIds.Split(','), schools, Admin.AadObjectId, Time.GetUtcNow()),
            TestContext.Current.CancellationToken);

    /// <summary>The teacher's newest request (tests read its id from here, as a teacher reads it off the card).</summary>
    public async Task<CoachBot.Dialogs.Features.Requests.SupportRequest> LatestRequestAsync(ChatUser teacher) =>
        (await Get<CoachBot.Dialogs.Features.Requests.IRequestStore>().ListByTeacherAsync(teacher.AadObjectId, 1, TestContext.Current.CancellationToken))[0];

    /// <summary>A person writes to CoachBot once in their personal chat, so CoachBot knows where they are.</summary>
    public async Task SayHelloAsync(ChatUser user) => await Chat(user).Send("hello");

    /// <summary>The activity with a mention entity of each person added, as Teams sends it.</summary>
    public static Activity Mentioning(Activity activity, params ChatUser[] mentioned)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Entities ??= [];
        foreach (var person in mentioned)
        {
            activity.Entities.Add(new Entity
            {
                Type = "mention",
                Text = $"<at>{person.Name}</at>",
                Mentioned = new ChannelAccount { Id = person.Id, Name = person.Name, AadObjectId = person.AadObjectId },
            });
        }

        return activity;
    }

    /// <summary>Runs the jobs due at the host's time (or <paramref name="later"/> after it) and records what they sent.</summary>
    public Func<ChatSession, Task> RunJobs(TimeSpan? later = null) => async session =>
    {
        while (Connector.Sent.TryDequeue(out _))
        {
        }

        var runner = Get<JobRunner>();
        var at = Time.GetUtcNow() + (later ?? TimeSpan.Zero);
        while (await runner.RunDueAsync(at, TestContext.Current.CancellationToken) > 0)
        {
        }

        var sent = new List<ChatReply>();
        while (Connector.Sent.TryDequeue(out var activity))
        {
            sent.Add(HttpChatDriver.ToReply(activity));
        }

        session.RecordSent("jobs ran", sent);
    };

    /// <summary>Delivers what waits in the outbox and is due <paramref name="later"/> after the host's time, and records what went out.</summary>
    public Func<ChatSession, Task> DrainOutbox(TimeSpan later) => async session =>
    {
        while (Connector.Sent.TryDequeue(out _))
        {
        }

        await Get<CoachBot.Bot.Outbound.OutboxDispatcher>().DrainDueAsync(Time.GetUtcNow() + later, TestContext.Current.CancellationToken);
        var sent = new List<ChatReply>();
        while (Connector.Sent.TryDequeue(out var activity))
        {
            sent.Add(HttpChatDriver.ToReply(activity));
        }

        session.RecordSent("outbox delivered", sent);
    };

    public void Dispose()
    {
        _engine?.Dispose();
        _factory?.Dispose();
    }
}

/// <summary>Script steps the request tests share.</summary>
public static class SchoolScriptExtensions
{
    /// <summary>Runs due jobs (see <see cref="SchoolWorld.RunJobs"/>).</summary>
    public static ChatScript RunJobs(this ChatScript script, SchoolWorld world, TimeSpan? later = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(world);
        return script.Then(world.RunJobs(later));
    }

    /// <summary>The next message went to <paramref name="user"/>'s personal chat (checked further by <paramref name="check"/>).</summary>
    public static ChatScript ExpectTo(this ChatScript script, ChatUser user, Action<ChatReply>? check = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(user);
        return script.Then(s =>
        {
            var reply = s.Next($"a message to {user.Name}");
            if (reply.ConversationId != ChatPlace.Personal(user).ConversationId)
            {
                s.Fail($"expected a message in {user.Name}'s personal chat, got {reply}");
            }

            check?.Invoke(reply);
            return Task.CompletedTask;
        });
    }

    /// <summary>The host's clock is now <paramref name="at"/> (the in-memory world only: no background worker runs jobs).</summary>
    public static ChatScript At(this ChatScript script, SchoolWorld world, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(world);
        return script.Then(_ =>
        {
            world.Time.SetUtcNow(at);
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// The next <paramref name="expected"/>.Length messages, in any order (jobs due at the same instant run in no set order):
    /// each check must pass for exactly one of them.
    /// </summary>
    public static ChatScript ExpectEach(this ChatScript script, params (string What, Func<ChatReply, bool> Matches)[] expected)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(expected);
        return script.Then(s =>
        {
            var replies = expected.Select(e => s.Next(e.What)).ToList();
            foreach (var (what, matches) in expected)
            {
                var found = replies.FindIndex(reply => matches(reply));
                if (found < 0)
                {
                    s.Fail($"expected {what} among: {string.Join("; ", replies)}");
                }

                replies.RemoveAt(found);
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>The next message went to <paramref name="place"/> (a channel or group chat).</summary>
    public static ChatScript ExpectIn(this ChatScript script, ChatPlace place, Action<ChatReply>? check = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(place);
        return script.ExpectIn(place.ConversationId, check);
    }

    /// <summary>The next message went to the conversation <paramref name="conversationId"/>.</summary>
    public static ChatScript ExpectIn(this ChatScript script, string conversationId, Action<ChatReply>? check = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        return script.Then(s =>
        {
            var reply = s.Next($"a message in {conversationId}");
            if (reply.ConversationId != conversationId)
            {
                s.Fail($"expected a message in {conversationId}, got {reply}");
            }

            check?.Invoke(reply);
            return Task.CompletedTask;
        });
    }

    /// <summary>Sends <paramref name="text"/> with an @mention of each person.</summary>
    public static ChatScript SendMentioning(this ChatScript script, string text, params ChatUser[] mentioned)
    {
        ArgumentNullException.ThrowIfNull(script);
        return script.Deliver(s => SchoolWorld.Mentioning(ActivityBuilder.Message(s.User, s.Place, text), mentioned));
    }
}
