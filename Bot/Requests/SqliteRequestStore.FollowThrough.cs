using CoachBot.Bot.Storage;
using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Features.Requests;

namespace CoachBot.Bot.Requests;

/// <summary>
/// <see cref="IRequestFollowThroughStore"/>: each change is one conditional UPDATE in one write (the condition is the state
/// the change starts from), so of two at the same moment exactly one changes the row.
/// </summary>
public sealed partial class SqliteRequestStore : IRequestFollowThroughStore
{
    /// <summary>Copies whose coach still has an open request to act on: routed (or seen in the channel), claimable, not passed.</summary>
    private const string OpenForCoach =
        "c.recipient_aad_object_id = $coach AND c.can_claim = 1 AND c.passed_at IS NULL AND c.delivery IN ('sent', 'queued', 'in_channel')";

    public Task<bool> TryPassAsync(string requestId, string recipientAadObjectId, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Execute(
                """
                UPDATE support_request_copies SET passed_at = $at, updated_at = $at
                WHERE request_id = $id AND recipient_aad_object_id = $recipient AND passed_at IS NULL
                  AND EXISTS (SELECT 1 FROM support_requests WHERE id = $id AND status = 'open');
                """,
                ("$id", requestId), ("$recipient", recipientAadObjectId), ("$at", at.ToUnixTimeMilliseconds())) == 1,
            cancellationToken);

    public Task EnsureChannelCopyAsync(RequestCopy copy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(copy);
        return database.WriteAsync(session => session.Execute(
            """
            INSERT INTO support_request_copies (request_id, recipient_aad_object_id, recipient_name, reason, delivery, card_id, conversation_id,
                activity_id, shown, can_claim, updated_at, passed_at, round)
            VALUES ($id, $recipient, $name, 'channel', 'in_channel', NULL, NULL, NULL, 'open', 1, $at, NULL, $round)
            ON CONFLICT (request_id, recipient_aad_object_id) DO NOTHING;
            """,
            ("$id", copy.RequestId), ("$recipient", copy.RecipientAadObjectId), ("$name", copy.RecipientName), ("$at", copy.UpdatedAt.ToUnixTimeMilliseconds()),
            ("$round", copy.Round)), cancellationToken);
    }

    public Task<RequestChange> TryReleaseAsync(string id, string coachAadObjectId, string? coachName, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(session =>
        {
            var released = session.Execute(
                """
                UPDATE support_requests SET status = 'open', claimed_by = NULL, claimed_by_teams_id = NULL, claimed_by_name = NULL, claimed_at = NULL,
                    teacher_told_at = NULL, routed_at = NULL, round = round + 1, open_since = $at, reminded_at = NULL, escalated_at = NULL,
                    escalation = NULL, assigned_by = NULL, assigned_by_name = NULL, released_by = $coach, released_by_name = $name,
                    released_at = $at, done_reminded_at = NULL
                WHERE id = $id AND status = 'claimed' AND claimed_by = $coach;
                """,
                ("$id", id), ("$coach", coachAadObjectId), ("$name", coachName), ("$at", at.ToUnixTimeMilliseconds())) == 1;
            if (released)
            {
                // The coach who gave it back is not sent it again in the new round, nor reminded about it.
                session.Execute(
                    "UPDATE support_request_copies SET passed_at = $at WHERE request_id = $id AND recipient_aad_object_id = $coach AND passed_at IS NULL;",
                    ("$id", id), ("$coach", coachAadObjectId), ("$at", at.ToUnixTimeMilliseconds()));
            }

            return new RequestChange(FindOne(session, "id = $key", id), released);
        }, cancellationToken);

    public Task<RequestChange> TryAssignAsync(string id, Helper coach, Helper assignedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        ArgumentNullException.ThrowIfNull(assignedBy);
        return database.WriteAsync(session =>
        {
            var assigned = session.Execute(
                """
                UPDATE support_requests SET status = 'claimed', claimed_by = $coach, claimed_by_teams_id = $teams, claimed_by_name = $name, claimed_at = $at,
                    assigned_by = $by, assigned_by_name = $byName
                WHERE id = $id AND status = 'open';
                """,
                ("$id", id), ("$coach", coach.AadObjectId), ("$teams", coach.TeamsId), ("$name", coach.Name), ("$at", at.ToUnixTimeMilliseconds()),
                ("$by", assignedBy.AadObjectId), ("$byName", assignedBy.Name)) == 1;
            return new RequestChange(FindOne(session, "id = $key", id), assigned);
        }, cancellationToken);
    }

    public Task<RequestChange> TryMarkDoneAsync(string id, string coachAadObjectId, string note, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(session =>
        {
            var done = session.Execute(
                "UPDATE support_requests SET status = 'done', done_at = $at, done_note = $note WHERE id = $id AND status = 'claimed' AND claimed_by = $coach;",
                ("$id", id), ("$coach", coachAadObjectId), ("$note", note), ("$at", at.ToUnixTimeMilliseconds())) == 1;
            return new RequestChange(FindOne(session, "id = $key", id), done);
        }, cancellationToken);

    public Task<RequestChange> TryRateAsync(string id, string teacherAadObjectId, RequestRating rating, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(session =>
        {
            var rated = session.Execute(
                """
                UPDATE support_requests SET rating = $rating, rated_at = $at
                WHERE id = $id AND teacher_aad_object_id = $teacher AND status = 'done' AND rating IS NULL;
                """,
                ("$id", id), ("$teacher", teacherAadObjectId), ("$rating", rating == RequestRating.Helpful ? "helpful" : "not_helpful"),
                ("$at", at.ToUnixTimeMilliseconds())) == 1;
            return new RequestChange(FindOne(session, "id = $key", id), rated);
        }, cancellationToken);

    public Task<bool> MarkRemindedAsync(string id, int round, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Execute(
                "UPDATE support_requests SET reminded_at = $at WHERE id = $id AND round = $round AND status = 'open' AND reminded_at IS NULL;",
                ("$id", id), ("$round", round), ("$at", at.ToUnixTimeMilliseconds())) == 1,
            cancellationToken);

    public Task<bool> MarkEscalatedAsync(string id, int round, Escalation why, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Execute(
                """
                UPDATE support_requests SET escalated_at = $at, escalation = $why
                WHERE id = $id AND round = $round AND status = 'open' AND escalated_at IS NULL;
                """,
                ("$id", id), ("$round", round), ("$why", why == Escalation.AllPassed ? "all_passed" : "unclaimed"), ("$at", at.ToUnixTimeMilliseconds())) == 1,
            cancellationToken);

    public Task<bool> MarkDoneToldAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Execute(
                "UPDATE support_requests SET done_told_at = $at WHERE id = $id AND status = 'done' AND done_told_at IS NULL;",
                ("$id", id), ("$at", at.ToUnixTimeMilliseconds())) == 1,
            cancellationToken);

    public Task<bool> MarkDoneRemindedAsync(string id, DateTimeOffset claimedAt, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Execute(
                """
                UPDATE support_requests SET done_reminded_at = $at
                WHERE id = $id AND status = 'claimed' AND claimed_at = $claimed AND done_reminded_at IS NULL;
                """,
                ("$id", id), ("$claimed", claimedAt.ToUnixTimeMilliseconds()), ("$at", at.ToUnixTimeMilliseconds())) == 1,
            cancellationToken);

    public Task MarkCopyRoundAsync(string requestId, string recipientAadObjectId, int round, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Execute(
            "UPDATE support_request_copies SET round = $round, updated_at = $at WHERE request_id = $id AND recipient_aad_object_id = $recipient AND round < $round;",
            ("$id", requestId), ("$recipient", recipientAadObjectId), ("$round", round), ("$at", at.ToUnixTimeMilliseconds())), cancellationToken);

    public Task<IReadOnlyList<SupportRequest>> ListOpenForAsync(string coachAadObjectId, CancellationToken cancellationToken) =>
        ListAsync(
            $"""
            SELECT {Prefixed("r")} FROM support_requests r JOIN support_request_copies c ON c.request_id = r.id
            WHERE {OpenForCoach} AND r.status = 'open' ORDER BY r.created_at, r.id;
            """,
            coachAadObjectId, max: null, cancellationToken);

    public Task<IReadOnlyList<SupportRequest>> ListClaimedByAsync(string coachAadObjectId, CancellationToken cancellationToken) =>
        ListAsync(
            $"SELECT {RequestColumns} FROM support_requests WHERE claimed_by = $coach AND status = 'claimed' ORDER BY created_at, id;",
            coachAadObjectId, max: null, cancellationToken);

    public Task<IReadOnlyList<SupportRequest>> ListDoneByAsync(string coachAadObjectId, int max, CancellationToken cancellationToken) =>
        ListAsync(
            $"SELECT {RequestColumns} FROM support_requests WHERE claimed_by = $coach AND status = 'done' ORDER BY done_at DESC, id LIMIT $max;",
            coachAadObjectId, max, cancellationToken);

    private Task<IReadOnlyList<SupportRequest>> ListAsync(string sql, string coach, int? max, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<SupportRequest>>(session =>
        {
            using var reader = max is { } limit ? session.Query(sql, ("$coach", coach), ("$max", limit)) : session.Query(sql, ("$coach", coach));
            var list = new List<SupportRequest>();
            while (reader.Read())
            {
                list.Add(ReadRequest(reader));
            }

            return list;
        }, cancellationToken);

    private static string Prefixed(string alias) =>
        string.Join(", ", RequestColumns.Split(',', StringSplitOptions.TrimEntries).Select(column => $"{alias}.{column}"));
}
