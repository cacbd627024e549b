using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Cards.Actions;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Infrastructure.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Goals;

/// <summary>
/// CoachBot in memory for goals conversations: Alice and Bob are coaches (granted in the roster), Carol is a teacher.
/// The clock starts on Monday 30 November 2026, 14:00 UTC (week 18 of the school year 1 Aug 2026 – 31 Jul 2027).
/// </summary>
internal sealed class GoalsChat : IDisposable
{
    /// <param name="configure">Test changes to the composition (e.g. without the goals feature's links).</param>
    public GoalsChat(DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        Driver = new EngineChatDriver(
            configure, new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero)), settings);
        GrantCoaches(Driver);
    }

    /// <summary>Alice and Bob become coaches (granted in the roster).</summary>
    public static void GrantCoaches(EngineChatDriver driver)
    {
        var roster = driver.Services.GetRequiredService<IRosterStore>();
        foreach (var coach in new[] { ChatUser.Alice, ChatUser.Bob })
        {
            roster.GrantAsync(new RosterMember(coach.AadObjectId, coach.Id, coach.Name), CoachingRole.Coach, "test", driver.Time.GetUtcNow(), CancellationToken.None)
                .GetAwaiter().GetResult();
        }
    }

    public EngineChatDriver Driver { get; }

    public FakeTimeProvider Time => Driver.Time;

    public IGoalStore Store => Driver.Services.GetRequiredService<IGoalStore>();

    public SchoolCalendar Calendar => Driver.Services.GetRequiredService<SchoolCalendar>();

    public ChatScript Chat(ChatUser user, ChatPlace? place = null) => new(new ChatSession(Driver, user, place ?? ChatPlace.Personal(user)));

    /// <summary>Saves a goal straight into the store for <paramref name="coach"/>, in the school year of the clock's date in Oslo.</summary>
    public Goal Seed(ChatUser coach, string title, int? target = 6, string? unit = "workshops", int progress = 0, IReadOnlyList<string>? milestones = null,
        string serves = "role.learning-facilitator", DateOnly? due = null, DateOnly? today = null) =>
        Seed(Driver, coach, title, target, unit, progress, milestones, serves, due, today);

    /// <summary>Saves a goal straight into <paramref name="driver"/>'s store (see the instance <c>Seed</c>).</summary>
    public static Goal Seed(EngineChatDriver driver, ChatUser coach, string title, int? target = 6, string? unit = "workshops", int progress = 0,
        IReadOnlyList<string>? milestones = null, string serves = "role.learning-facilitator", DateOnly? due = null, DateOnly? today = null)
    {
        var time = driver.Time;
        var calendar = driver.Services.GetRequiredService<SchoolCalendar>();
        var store = driver.Services.GetRequiredService<IGoalStore>();
        var date = today ?? ZonedTime.LocalDate(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo"));
        var year = GoalYears.PlanningYear(calendar, date);
        var start = date > year.Start ? date : year.Start;
        var result = store.AddAsync(
            new NewGoal(coach.AadObjectId, year, title, serves, milestones is null ? target : null, milestones is null ? unit : null, progress,
                [.. (milestones ?? []).Select(text => new Milestone(text, null))], due, start),
            GoalRules.MaxActive, time.GetUtcNow(), CancellationToken.None).GetAwaiter().GetResult();
        return result.Goal ?? throw new InvalidOperationException($"Seeding failed: {result.Status}");
    }

    /// <summary>A card press CoachBot never sent (a forged or very old action): the payload on a made-up card.</summary>
    public static Func<ChatSession, CoachBot.Bot.Protocol.Activities.Activity> Forged<T>(T payload, object? inputs = null)
        where T : class, ICardActionPayload<T> => session =>
    {
        var data = JsonNode.Parse(CardActionPayload.ToData(payload, "forged-card-0001").GetRawText())!.AsObject();
        if (inputs is not null && JsonSerializer.SerializeToNode(inputs) is JsonObject extra)
        {
            foreach (var (name, value) in extra)
            {
                data[name] = value?.DeepClone();
            }
        }

        return ActivityBuilder.Execute(session.User, session.Place, T.Verb, data, null);
    };

    public void Dispose() => Driver.Dispose();
}
