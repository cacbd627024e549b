using CoachBot.Bot.Storage;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Coverage;
using CoachBot.Dialogs.Features.TeamView;
using CoachBot.Dialogs.School;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Infrastructure.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.TeamView;

/// <summary>
/// CoachBot in memory with two schools, the Thanksgiving break, and the fixed data set of <see cref="TeamFiguresTests"/>
/// written into the requests' and reflections' tables — every text a user could have typed set to a marker that must
/// never reach a card or a file.
/// </summary>
internal sealed class TeamViewHost : IDisposable
{
    /// <summary>What teachers and coaches typed (and a teacher's name): never shown by the team view.</summary>
    public static readonly string[] TypedTexts = ["SECRET-NEED", "SECRET-CLASS", "SECRET-TIMES", "SECRET-NOTE", "SECRET-REFLECTION", "SECRET-WENT-WELL", "SECRET-NEXT", "Tess Secretname"];

    public static ChatUser Dave { get; } = new("29:dave", "dddddddd-0000-4000-8000-000000000004", "Dave Diaz");

    public TeamViewHost(bool links = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["School:Schools:0"] = TeamFiguresTests.Lincoln,
            ["School:Schools:1"] = TeamFiguresTests.Roosevelt,
            ["School:Breaks:0:Name"] = "Thanksgiving",
            ["School:Breaks:0:Start"] = "2026-11-23",
            ["School:Breaks:0:End"] = "2026-11-27",
            ["Coaching:Admins:0"] = ChatUser.Carol.AadObjectId,
        };
        if (links)
        {
            settings["Bot:PublicBaseUrl"] = "https://coachbot.example.org";
        }

        Driver = new EngineChatDriver(settings: settings);
    }

    public EngineChatDriver Driver { get; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<TeamViewHost> SeedAsync()
    {
        var roster = Driver.Services.GetRequiredService<IRosterStore>();
        var now = Driver.Time.GetUtcNow();
        await roster.GrantAsync(new RosterMember(ChatUser.Alice.AadObjectId, ChatUser.Alice.Id, ChatUser.Alice.Name), CoachingRole.LeadCoach, "test", now, Ct);
        await roster.GrantAsync(new RosterMember(ChatUser.Bob.AadObjectId, ChatUser.Bob.Id, ChatUser.Bob.Name), CoachingRole.Coach, "test", now, Ct);
        await Driver.Services.GetRequiredService<ICoverageStore>().SaveAsync(
            new CoachCoverage(ChatUser.Bob.AadObjectId, [TopicIds.Mentor], [TeamFiguresTests.Lincoln, TeamFiguresTests.Roosevelt], "test", now), Ct);

        var requests = TeamFiguresTests.Requests();
        var reflections = TeamFiguresTests.Reflections();
        await Driver.Services.GetRequiredService<SqliteDatabase>().WriteAsync(session =>
        {
            for (var i = 0; i < requests.Count; i++)
            {
                var request = requests[i];
                var id = $"R{i:000000}";
                session.Execute(
                    """
                    INSERT INTO support_requests (id, form_card_id, teacher_aad_object_id, teacher_name, school, role_id, need, class_or_grade, urgency,
                        preferred_times, status, created_at, claimed_by, claimed_by_name, claimed_at, routed_at, open_since, done_at, done_note, rating)
                    VALUES ($id, $card, $teacher, 'Tess Secretname', $school, $role, 'SECRET-NEED', 'SECRET-CLASS', 'week', 'SECRET-TIMES', $status,
                        $at, $claimer, 'Bob Brown', $claimed, $at, $at, $done, $note, $rating);
                    """,
                    ("$id", id), ("$card", "card-" + id), ("$teacher", request.TeacherId), ("$school", request.School), ("$role", request.RoleId),
                    ("$status", request.Status.ToString().ToLowerInvariant()), ("$at", request.AskedAt.ToUnixTimeMilliseconds()),
                    ("$claimer", request.ClaimedAt is null ? null : ChatUser.Bob.AadObjectId), ("$claimed", request.ClaimedAt?.ToUnixTimeMilliseconds()),
                    ("$done", request.Status == TeamRequestStatus.Done ? request.ClaimedAt?.ToUnixTimeMilliseconds() : null),
                    ("$note", request.Status == TeamRequestStatus.Done ? "SECRET-NOTE" : null),
                    ("$rating", request.Helpful switch { true => "helpful", false => "not_helpful", null => null }));
                session.Execute(
                    """
                    INSERT INTO support_request_copies (request_id, recipient_aad_object_id, recipient_name, reason, delivery, shown, can_claim, updated_at)
                    VALUES ($id, $to, 'Bob Brown', $reason, 'sent', 'open', 1, 0);
                    """,
                    ("$id", id), ("$to", ChatUser.Bob.AadObjectId), ("$reason", request.NoCoveringCoach ? "lead_coach" : "covers"));
            }

            foreach (var reflection in reflections)
            {
                session.Execute(
                    """
                    INSERT INTO reflections (coach_id, kind, text, roles, roles_guessed, went_well, next_step, minutes, at, time_zone, local_date, week_start, search)
                    VALUES ($coach, $kind, 'SECRET-REFLECTION', $roles, 0, 'SECRET-WENT-WELL', 'SECRET-NEXT', $minutes, 0, 'America/New_York', $date, $date, 'secret');
                    """,
                    ("$coach", reflection.CoachId), ("$kind", reflection.IsDiverted ? "diverted" : "coaching"),
                    ("$roles", reflection.RoleIds.Count == 0 ? "," : "," + string.Join(',', reflection.RoleIds) + ","),
                    ("$minutes", reflection.Minutes), ("$date", reflection.LocalDate.DayNumber));
            }
        }, Ct);
        return this;
    }

    public ChatScript Chat(ChatUser user, ChatPlace? place = null) =>
        new(new ChatSession(Driver, user, place ?? ChatPlace.Personal(user)) { TimeZone = "America/New_York" });

    public static void AssertNoTypedText(string text)
    {
        foreach (var typed in TypedTexts)
        {
            Assert.DoesNotContain(typed, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Bob Brown", text, StringComparison.Ordinal);
    }

    public void Dispose() => Driver.Dispose();
}
