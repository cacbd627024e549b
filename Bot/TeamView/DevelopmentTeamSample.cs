using CoachBot.Bot.Hosting;
using CoachBot.Bot.Storage;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.TeamView;

/// <summary>
/// <c>DevelopmentSeed:TeamSample</c> (Development only; the options validator refuses it elsewhere): writes, once, a
/// made-up school year so far of support requests (from 40 made-up teachers, at the configured schools) and reflections
/// (of the coaches and lead coaches of <c>DevelopmentSeed:People</c>), so the team view has figures in the Playground. The
/// words are "(sample)"; the same every time (a fixed random seed), and nothing is written when sample rows exist.
/// <c>DevelopmentSeed:TeamSampleWithoutReflections</c> lists people (Entra object ids) who get no sample reflections: the
/// reflections scenario's Playground user, whose digest then shows their own entries beside the team median of the others.
/// </summary>
internal sealed partial class DevelopmentTeamSample(
    IOptions<DevelopmentSeedOptions> options,
    IHostEnvironment environment,
    SqliteDatabase database,
    SchoolCalendar calendar,
    Schools schools,
    TimeProvider time,
    ILogger<DevelopmentTeamSample> logger) : IHostedService
{
    private const string Prefix = "RSAMPLE";

    // Teachers ask for these most; the coaches' time goes elsewhere (so the team view has something to say).
    private static readonly string[] Asked =
    [
        TopicIds.DataCoach, TopicIds.DataCoach, TopicIds.ResourceProvider, TopicIds.ResourceProvider, TopicIds.ResourceProvider,
        TopicIds.Mentor, TopicIds.ClassroomSupporter, TopicIds.InstructionalSpecialist,
    ];

    private static readonly string[] Logged =
    [
        TopicIds.Mentor, TopicIds.Mentor, TopicIds.Mentor, TopicIds.ClassroomSupporter, TopicIds.ClassroomSupporter,
        TopicIds.ResourceProvider, TopicIds.LearningFacilitator, TopicIds.DataCoach,
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || !options.Value.TeamSample)
        {
            return;
        }

        var coaches = options.Value.People
            .Where(person => CoachingRoles.TryParse(person.Role, out var role) && role is CoachingRole.Coach or CoachingRole.LeadCoach)
            .Select(person => AadObjectIds.TryNormalize(person.AadObjectId, out var id) ? id : null)
            .OfType<string>()
            .ToList();
        var without = options.Value.TeamSampleWithoutReflections
            .Select(id => AadObjectIds.TryNormalize(id, out var normalized) ? normalized : id)
            .ToHashSet(StringComparer.Ordinal);
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

        if (days.Count == 0)
        {
            return;
        }

        var places = schools.Names.Count == 0 ? [Schools.TheOnlySchool] : schools.Names;
        var random = new Random(21);
        var written = await database.WriteAsync(session =>
        {
            if (Convert.ToInt64(session.Scalar("SELECT COUNT(*) FROM support_requests WHERE id LIKE 'RSAMPLE%';"), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return 0;
            }

            var rows = 0;
            for (var i = 0; i < 120; i++)
            {
                var day = days[random.Next(days.Count)];
                var asked = ZonedTime.ToInstant(day, new TimeOnly(8 + random.Next(8), random.Next(60)), zone);
                if (asked > now)
                {
                    continue;
                }

                var role = Asked[random.Next(Asked.Length)];
                var age = now - asked;
                var roll = random.Next(100);
                var status = age < TimeSpan.FromDays(3) && roll < 60 ? "open" : roll < 8 ? "cancelled" : roll < 25 ? "claimed" : "done";
                var claimed = status is "claimed" or "done" ? asked.AddHours(2 + random.Next(60)) : (DateTimeOffset?)null;
                if (claimed > now)
                {
                    claimed = now;
                }

                var rating = status == "done" && random.Next(100) < 70 ? (random.Next(100) < 85 ? "helpful" : "not_helpful") : null;
                var id = $"{Prefix}{i:000}";
                var coach = coaches.Count == 0 ? null : coaches[random.Next(coaches.Count)];
                session.Execute(
                    """
                    INSERT INTO support_requests (id, form_card_id, teacher_aad_object_id, teacher_name, school, role_id, need, urgency, status,
                        created_at, claimed_by, claimed_at, routed_at, open_since, done_at, done_note, rating)
                    VALUES ($id, $card, $teacher, 'Sample Teacher', $school, $role, '(sample)', 'month', $status,
                        $at, $coach, $claimed, $at, $at, $done, $note, $rating);
                    """,
                    ("$id", id), ("$card", "sample-" + id), ("$teacher", $"sample-teacher-{random.Next(40):00}"), ("$school", places[random.Next(places.Count)]),
                    ("$role", role), ("$status", status), ("$at", asked.ToUnixTimeMilliseconds()), ("$coach", claimed is null ? null : coach),
                    ("$claimed", claimed?.ToUnixTimeMilliseconds()), ("$done", status == "done" ? claimed?.ToUnixTimeMilliseconds() : null),
                    ("$note", status == "done" ? "(sample)" : null), ("$rating", rating));
                if (coach is not null)
                {
                    // One in eight found no coach who covers it (it fell back to the lead coaches).
                    session.Execute(
                        """
                        INSERT INTO support_request_copies (request_id, recipient_aad_object_id, reason, delivery, shown, can_claim, updated_at)
                        VALUES ($id, $coach, $reason, 'sent', 'open', 1, $at);
                        """,
                        ("$id", id), ("$coach", coach), ("$reason", random.Next(8) == 0 ? "lead_coach" : "covers"), ("$at", asked.ToUnixTimeMilliseconds()));
                }

                rows++;
            }

            foreach (var coach in coaches.Where(coach => !without.Contains(coach)))
            {
                foreach (var day in days.Where(_ => random.Next(100) < 45))
                {
                    var diverted = random.Next(100) < 15;
                    var roles = diverted ? "," : random.Next(100) < 20
                        ? $",{Logged[random.Next(Logged.Length)]},{Logged[random.Next(Logged.Length)]},"
                        : $",{Logged[random.Next(Logged.Length)]},";
                    var at = ZonedTime.ToInstant(day, new TimeOnly(15, 0), zone);
                    session.Execute(
                        """
                        INSERT INTO reflections (coach_id, kind, text, roles, roles_guessed, minutes, at, time_zone, local_date, week_start, search)
                        VALUES ($coach, $kind, '(sample)', $roles, 0, $minutes, $at, $zone, $date, $week, '(sample)');
                        """,
                        ("$coach", coach), ("$kind", diverted ? "diverted" : "coaching"), ("$roles", roles), ("$minutes", 15 + (15 * random.Next(6))),
                        ("$at", at.ToUnixTimeMilliseconds()), ("$zone", zone.Id), ("$date", day.DayNumber), ("$week", calendar.GetWeek(day).Start.DayNumber));
                    rows++;
                }
            }

            return rows;
        }, cancellationToken);
        Log.Written(logger, written);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 5650, Level = LogLevel.Warning, Message = "Development seed: {Rows} sample requests and reflections written for the team view (Development only)")]
        public static partial void Written(ILogger logger, int rows);
    }
}
