using System.Globalization;
using CoachBot.Bot.Hosting;
using CoachBot.Bot.Reflections;
using CoachBot.Bot.School;
using CoachBot.Bot.Storage;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Reflections;
using CoachBot.Dialogs.School;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoachBot.Bench.Turns;

/// <summary>
/// Prepares the run's fresh database before the host starts, with CoachBot's own migrations and stores: every virtual
/// user (the Entra ids of <see cref="InboundActivities"/>) a rostered coach, and, when asked, each with a number of
/// reflections spread over the last 120 days (for <c>reflection digest</c> and <c>my reflections</c>).
/// </summary>
internal static class CoachSeed
{
    private const int Parallel = 64;

    public static async Task SeedAsync(string databasePath, int users, int reflectionsEach, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var environment = new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = "Production" };
        var database = new SqliteDatabase(
            Options.Create(new StorageOptions { ConnectionString = $"Data Source={databasePath}" }), environment, time, NullLogger<SqliteDatabase>.Instance);
        try
        {
            await new DatabaseMigrator(database, CoachBotFeatures.StorageAreas(), NullLogger<DatabaseMigrator>.Instance).MigrateAsync(cancellationToken);
            var roster = new SqliteRosterStore(database);
            var reflections = new SqliteReflectionStore(database);
            var calendar = new SchoolCalendar(new SchoolOptions());
            var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
            var now = time.GetUtcNow();
            for (var first = 0; first < users; first += Parallel)
            {
                var batch = Enumerable.Range(first, Math.Min(Parallel, users - first)).Select(async user =>
                {
                    var coach = InboundActivities.AadObjectIdOf(user);
                    await roster.GrantAsync(new RosterMember(coach, InboundActivities.UserIdOf(user), $"Bench User {user}"), CoachingRole.Coach, "bench", now, cancellationToken);
                    var random = new Random(user);
                    for (var i = 0; i < reflectionsEach; i++)
                    {
                        var at = now.AddMinutes(-random.Next(1, 120 * 24 * 60));
                        var local = ZonedTime.LocalDate(at, zone);
                        await reflections.AddAsync(coach, Content(random, i), new ReflectionTime(at, zone.Id, local, calendar.GetWeek(local).Start), cancellationToken);
                    }
                });
                await Task.WhenAll(batch);
            }
        }
        finally
        {
            database.Dispose();
            SqliteConnection.ClearAllPools();
        }
    }

    private static ReflectionContent Content(Random random, int i)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"bench reflection {i}: modeled a tool with a grade {1 + random.Next(8)} team");
        if (random.Next(20) == 0)
        {
            return new ReflectionContent(ReflectionKind.Diverted, "bench duty", [], false, null, null, 5 + random.Next(60));
        }

        var roles = TopicIds.AllRoles.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).ToList();
        int? minutes = random.Next(10) == 0 ? null : 5 + random.Next(115);
        return new ReflectionContent(ReflectionKind.Coaching, text, roles, false, "it went fine", null, minutes);
    }
}
