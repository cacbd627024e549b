using System.Diagnostics;
using System.Globalization;
using CoachBot.Bench.RolesQa;
using CoachBot.Bot.Hosting;
using CoachBot.Bot.Reflections;
using CoachBot.Bot.Storage;
using CoachBot.Bot.TeamView;
using CoachBot.Cards.Views.Roles;
using CoachBot.Cards.Views.TeamView;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.Features.Reflections;
using CoachBot.Dialogs.Features.TeamView;
using CoachBot.Dialogs.School;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoachBot.Bench.TeamView;

/// <summary>
/// <c>teamview [--runs N]</c>: the team view over a district — 50 coaches, 2,000 teachers, 5,000 requests and 50,000
/// reflections over the school year so far, 10 schools — in a fresh SQLite file with CoachBot's migrations; each run is
/// what <c>team view</c> does (read the facts, compute and suppress every figure, build the all-schools card). Prints
/// <c>teamview … median_ms=… p99_ms=…</c>.
/// </summary>
internal sealed class TeamViewCommand : IBenchCommand
{
    private const int Coaches = 50;
    private const int Teachers = 2_000;
    private const int Requests = 5_000;
    private const int Reflections = 50_000;
    private const int SchoolCount = 10;
    private const int Warmup = 5;

    public string Name => "teamview";

    public string Usage => "[--runs N] [--knowledge DIR]   the team view over 50 coaches, 2,000 teachers, 5,000 requests, 50,000 reflections (target < 200 ms)";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var rest = args.ToList();
        var runs = 50;
        var at = rest.IndexOf("--runs");
        if (at >= 0)
        {
            if (at + 1 >= rest.Count || !int.TryParse(rest[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out runs) || runs < 1)
            {
                error.WriteLine("--runs needs a positive number");
                return CommandDispatcher.UsageError;
            }

            rest.RemoveRange(at, 2);
        }

        if (KnowledgeLocator.Locate(rest, error) is not { } directory || KnowledgeLocator.LoadAnswerer(directory, error) is not { } answerer)
        {
            return 1;
        }

        var path = Path.Combine(Path.GetTempPath(), $"coachbot-teamview-{Guid.NewGuid():N}.db");
        try
        {
            return RunAsync(path, runs, answerer, output, error).GetAwaiter().GetResult();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<int> RunAsync(string path, int runs, Dialogs.RolesQa.QuestionAnswerer answerer, TextWriter output, TextWriter error)
    {
        var time = TimeProvider.System;
        var environment = new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = "Production" };
        using var database = new SqliteDatabase(
            Options.Create(new StorageOptions { ConnectionString = $"Data Source={path}" }), environment, time, NullLogger<SqliteDatabase>.Instance);
        await new DatabaseMigrator(database, CoachBotFeatures.StorageAreas(), NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        var schoolOptions = new SchoolOptions { Schools = [.. Enumerable.Range(1, SchoolCount).Select(i => $"School {i:00}")] };
        var calendar = new SchoolCalendar(schoolOptions);
        await SeedAsync(database, calendar, schoolOptions.Schools, time);

        var report = new TeamViewReport(new SqliteTeamViewStore(database), calendar, new Schools(Options.Create(schoolOptions)), answerer, Options.Create(new PrivacyOptions()), time);
        var store = new SqliteTeamViewStore(database);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), calendar.DefaultTimeZone).DateTime);
        var year = calendar.GetSchoolYear(today);
        var since = ZonedTime.ToInstant(year.Start, TimeOnly.MinValue, calendar.DefaultTimeZone);
        var timings = new List<double>();
        var read = new List<double>();
        var readRequests = new List<double>();
        var readReflections = new List<double>();
        var figuresOnly = new List<double>();
        var suppression = new List<double>();
        var cardOnly = new List<double>();
        var teamMedian = new List<double>();
        var reflectionStore = new SqliteReflectionStore(database);
        TeamFigures? last = null;
        for (var i = 0; i < Warmup + runs; i++)
        {
            // The whole of what `team view` does…
            var watch = Stopwatch.StartNew();
            last = await report.ComputeAsync(CancellationToken.None);
            var card = TeamViewCard.Create(report.CardModel(last, TeamFigures.All), "bench");
            watch.Stop();
            GC.KeepAlive(card);

            // …and its parts, one at a time: reading, the figures without suppression (minimum group size 1: nothing is
            // too few), complementary suppression alone over the same figures, the card.
            var probe = Stopwatch.StartNew();
            var requestFacts = await store.ListRequestsAsync(since, CancellationToken.None);
            var requestsMs = probe.Elapsed.TotalMilliseconds;
            var reflectionFacts = await store.ListReflectionMinutesAsync(year.Start, TeamFigures.RecentWeeksStart(calendar, today, year.Start), today, CancellationToken.None);
            var reflectionsMs = probe.Elapsed.TotalMilliseconds - requestsMs;
            var coverage = await store.ListReachableCoverageAsync(CancellationToken.None);
            var readMs = probe.Elapsed.TotalMilliseconds;
            probe.Restart();
            TeamFigures.Compute(requestFacts, reflectionFacts, coverage, schoolOptions.Schools, TopicIds.AllRoles, calendar, today, new SmallGroupSuppression(1));
            var figuresMs = probe.Elapsed.TotalMilliseconds;
            probe.Restart();
            new SmallGroupSuppression(5).Apply([.. last.Cells], last.Relations);
            var suppressionMs = probe.Elapsed.TotalMilliseconds;
            probe.Restart();
            GC.KeepAlive(TeamViewCard.Create(report.CardModel(last, TeamFigures.All), "bench"));
            var cardMs = probe.Elapsed.TotalMilliseconds;

            // The digest's team median when it is not kept (once per ReflectionTeamMedians.KeptFor): the same reflections summed per coach.
            probe.Restart();
            GC.KeepAlive(ReflectionTeamMedians.Compute(await reflectionStore.TeamMinutesAsync(year.Start, today, CancellationToken.None), 5));
            var medianMs = probe.Elapsed.TotalMilliseconds;
            if (i >= Warmup)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
                read.Add(readMs);
                readRequests.Add(requestsMs);
                readReflections.Add(reflectionsMs);
                figuresOnly.Add(figuresMs);
                suppression.Add(suppressionMs);
                cardOnly.Add(cardMs);
                teamMedian.Add(medianMs);
            }
        }

        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"breakdown (medians): read_ms={Median(read):0.0} (requests {Median(readRequests):0.0}, reflection minutes {Median(readReflections):0.0}) figures_without_suppression_ms={Median(figuresOnly):0.0} suppression_ms={Median(suppression):0.0} card_ms={Median(cardOnly):0.0} digest_team_median_uncached_ms={Median(teamMedian):0.0} cells={last!.Cells.Count} additions={last.Relations.Count}"));
        timings.Sort();
        var median = timings[timings.Count / 2];
        var p99 = timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(timings.Count * 0.99) - 1)];
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"teamview coaches={Coaches} teachers={Teachers} requests={Requests} reflections={Reflections} schools={SchoolCount} runs={runs} median_ms={median:0.0} p99_ms={p99:0.0} too_few={last.TooFewCount} held_back={last.HeldBackCount}"));
        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>The district's school year so far, the same every time (a fixed random seed); every text is "(bench)".</summary>
    private static Task SeedAsync(SqliteDatabase database, SchoolCalendar calendar, List<string> schools, TimeProvider time)
    {
        var zone = calendar.DefaultTimeZone;
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var year = calendar.GetSchoolYear(today);
        var days = new List<DateOnly>();
        for (var day = year.Start; day <= today && day <= year.End; day = day.AddDays(1))
        {
            if (calendar.IsSchoolDay(day))
            {
                days.Add(day);
            }
        }

        var random = new Random(21);
        var roles = TopicIds.RoutableRoles;
        return database.WriteAsync(session =>
        {
            for (var c = 0; c < Coaches; c++)
            {
                var coach = Coach(c);
                session.Execute("INSERT INTO roster_members (aad_object_id, display_name, seen_at) VALUES ($id, 'Bench coach', 0);", ("$id", coach));
                session.Execute("INSERT INTO roster_grants (aad_object_id, role, granted_by, granted_at) VALUES ($id, $role, 'bench', 0);", ("$id", coach), ("$role", c < 5 ? "lead_coach" : "coach"));
                session.Execute(
                    "INSERT INTO coverage (aad_object_id, roles, schools, updated_by, updated_at) VALUES ($id, $roles, $schools, 'bench', 0);",
                    ("$id", coach), ("$roles", string.Join(',', roles.Where((_, i) => (i + c) % 3 != 0))), ("$schools", string.Join('\n', schools.Where((_, i) => (i + c) % 4 == 0))));
            }

            for (var r = 0; r < Requests; r++)
            {
                var asked = ZonedTime.ToInstant(days[random.Next(days.Count)], new TimeOnly(8 + random.Next(8), random.Next(60)), zone);
                var roll = random.Next(100);
                var status = roll < 10 ? "open" : roll < 15 ? "cancelled" : roll < 30 ? "claimed" : "done";
                var claimed = status is "claimed" or "done" ? asked.AddHours(1 + random.Next(72)) : (DateTimeOffset?)null;
                var id = $"B{r:000000}";
                session.Execute(
                    """
                    INSERT INTO support_requests (id, form_card_id, teacher_aad_object_id, teacher_name, school, role_id, need, urgency, status, created_at,
                        claimed_by, claimed_at, routed_at, open_since, done_at, done_note, rating)
                    VALUES ($id, $id, $teacher, '(bench)', $school, $role, '(bench)', 'month', $status, $at, $coach, $claimed, $at, $at, $done, $note, $rating);
                    """,
                    ("$id", id), ("$teacher", $"teacher-{random.Next(Teachers):0000}"), ("$school", schools[random.Next(schools.Count)]),
                    ("$role", roles[random.Next(roles.Count)]), ("$status", status), ("$at", asked.ToUnixTimeMilliseconds()),
                    ("$coach", claimed is null ? null : Coach(random.Next(Coaches))), ("$claimed", claimed?.ToUnixTimeMilliseconds()),
                    ("$done", status == "done" ? claimed?.ToUnixTimeMilliseconds() : null), ("$note", status == "done" ? "(bench)" : null),
                    ("$rating", status == "done" && random.Next(3) > 0 ? (random.Next(5) > 0 ? "helpful" : "not_helpful") : null));
                for (var copy = 0; copy < 3; copy++)
                {
                    session.Execute(
                        """
                        INSERT OR IGNORE INTO support_request_copies (request_id, recipient_aad_object_id, reason, delivery, shown, can_claim, updated_at)
                        VALUES ($id, $coach, $reason, 'sent', 'open', 1, 0);
                        """,
                        ("$id", id), ("$coach", Coach(random.Next(Coaches))), ("$reason", random.Next(10) == 0 ? "lead_coach" : "covers"));
                }
            }

            for (var r = 0; r < Reflections; r++)
            {
                var day = days[random.Next(days.Count)];
                var diverted = random.Next(100) < 12;
                var reflectionRoles = diverted ? "," : $",{TopicIds.AllRoles[random.Next(TopicIds.AllRoles.Count)]},";
                session.Execute(
                    """
                    INSERT INTO reflections (coach_id, kind, text, roles, roles_guessed, minutes, at, time_zone, local_date, week_start, search)
                    VALUES ($coach, $kind, '(bench)', $roles, 0, $minutes, 0, $zone, $date, $week, '(bench)');
                    """,
                    ("$coach", Coach(random.Next(Coaches))), ("$kind", diverted ? "diverted" : "coaching"), ("$roles", reflectionRoles),
                    ("$minutes", random.Next(8) == 0 ? null : 10 + random.Next(90)), ("$zone", zone.Id), ("$date", day.DayNumber), ("$week", calendar.GetWeek(day).Start.DayNumber));
            }
        }, CancellationToken.None);
    }

    private static string Coach(int index) => string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{index:000000000000}");
}
