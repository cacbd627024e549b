using System.Globalization;
using CoachBot.Bench.Turns;
using CoachBot.Bot.Goals;
using CoachBot.Bot.Hosting;
using CoachBot.Bot.Nudges;
using CoachBot.Bot.Outbound;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Scheduling;
using CoachBot.Bot.School;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.Goals;
using CoachBot.Dialogs.Features.Nudges;
using CoachBot.Dialogs.School;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoachBot.Bench.Nudges;

/// <summary>
/// The <c>nudges</c> run's fresh database, written with CoachBot's own migrations and stores: each coach rostered, their 1:1
/// chat in the conversation directory (as an inbound message would have left it, serviceUrl = the fake connector), one
/// active goal; then, once the host runs, each coach's weekly nudge planned by CoachBot's own <see cref="NudgeScheduling"/>
/// for one instant (their nudge day and time set to it), so all are due together.
/// </summary>
internal sealed class NudgeSeed : IDisposable
{
    /// <summary>The zone the run uses for everyone (the host gets it as <c>School:DefaultTimeZone</c>).</summary>
    public const string ZoneId = "Etc/UTC";

    private const int Parallel = 64;
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time = TimeProvider.System;
    private readonly SchoolCalendar _calendar;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public NudgeSeed(string databasePath)
    {
        var environment = new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = "Production" };
        _database = new SqliteDatabase(
            Options.Create(new StorageOptions { ConnectionString = $"Data Source={databasePath}" }), environment, _time, NullLogger<SqliteDatabase>.Instance);
        _calendar = new SchoolCalendar(SchoolSettings());
    }

    /// <summary>Every weekday a school day, so the run works on any day (the host gets the same <c>School:SchoolDays</c>).</summary>
    public static SchoolOptions SchoolSettings() => new()
    {
        DefaultTimeZone = ZoneId,
        SchoolDays = [.. Enum.GetValues<DayOfWeek>()],
    };

    public static string ConversationIdOf(int coach) => "a:bench-personal-" + coach.ToString(CultureInfo.InvariantCulture);

    /// <summary>Migrates the database and writes the coaches, their chats and goals (nothing planned yet).</summary>
    public async Task SeedCoachesAsync(int coaches, Uri serviceUrl, string tenantId, CancellationToken cancellationToken)
    {
        await new DatabaseMigrator(_database, CoachBotFeatures.StorageAreas(), NullLogger<DatabaseMigrator>.Instance).MigrateAsync(cancellationToken);
        var roster = new SqliteRosterStore(_database);
        var directory = new SqliteConversationDirectoryStore(_database);
        var goals = new SqliteGoalStore(_database);
        var now = _time.GetUtcNow();
        var today = ZonedTime.LocalDate(now, _zone);
        var year = GoalYears.PlanningYear(_calendar, today);
        var start = today > year.Start ? today : year.Start;
        for (var first = 0; first < coaches; first += Parallel)
        {
            var batch = Enumerable.Range(first, Math.Min(Parallel, coaches - first)).Select(async i =>
            {
                var coach = InboundActivities.AadObjectIdOf(i);
                var teamsId = InboundActivities.UserIdOf(i);
                await roster.GrantAsync(new RosterMember(coach, teamsId, $"Bench Coach {i}"), CoachingRole.Coach, "bench", now, cancellationToken);
                var conversation = new ConversationRecord(
                    ConversationIdOf(i), "msteams", serviceUrl.ToString(), ServiceUrlVerified: false, ConversationTypes.Personal, tenantId,
                    null, null, null, InboundActivities.BotId, Active: true, now);
                await directory.RecordInboundAsync(
                    conversation, [new SeenPerson(coach, teamsId, $"Bench Coach {i}", ConversationIdOf(i), null, "en-US", Activate: true)], cancellationToken);
                var added = await goals.AddAsync(
                    new NewGoal(coach, year, "Run workshops on formative assessment", "role.learning-facilitator", 6, "workshops", 1, [], null, start),
                    GoalRules.MaxActive, now, cancellationToken);
                if (added.Goal is null)
                {
                    throw new InvalidOperationException($"seeding a goal failed: {added.Status}");
                }
            });
            await Task.WhenAll(batch);
        }
    }

    /// <summary>
    /// Plans every coach's weekly nudge for <paramref name="due"/> (a whole minute: the schedule keeps hours and minutes) with
    /// CoachBot's <see cref="NudgeScheduling"/>; returns how many were planned exactly then.
    /// </summary>
    public async Task<int> PlanAsync(int coaches, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var options = Options.Create(new NudgesOptions());
        var scheduling = new NudgeScheduling(
            new SqliteNudgeStore(_database, _time), new SqliteJobStore(_database, _time), new NudgePlanner(_calendar, options),
            new FixedZone(_zone), _time, NullLogger<NudgeScheduling>.Instance);
        var local = TimeZoneInfo.ConvertTime(due, _zone);
        var day = local.DayOfWeek;
        var time = new TimeOnly(local.Hour, local.Minute);
        var planned = 0;
        for (var first = 0; first < coaches; first += Parallel)
        {
            var batch = Enumerable.Range(first, Math.Min(Parallel, coaches - first)).Select(i =>
                scheduling.PlanAsync(InboundActivities.AadObjectIdOf(i), s => s with { Day = day, Time = time }, cancellationToken));
            var schedules = await Task.WhenAll(batch);
            planned += schedules.Count(s => s.NextDue == due);
        }

        return planned;
    }

    public void Dispose()
    {
        _database.Dispose();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>The zone the host resolves for these coaches (no zone chosen, none reported: the school default).</summary>
    private sealed class FixedZone(TimeZoneInfo zone) : ICoachTimeZones
    {
        public Task<TimeZoneInfo> ResolveAsync(string coach, CancellationToken cancellationToken) => Task.FromResult(zone);
    }
}
