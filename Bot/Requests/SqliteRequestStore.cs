using CoachBot.Bot.Storage;
using CoachBot.Cards.Views.Requests;
using CoachBot.Dialogs.Features.Requests;
using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.Requests;

/// <summary>
/// <see cref="IRequestStore"/> and <see cref="IRequestCopyStore"/> on the <c>support_requests</c> tables. A claim and a cancel
/// are each one conditional UPDATE (<c>WHERE status = 'open'</c>) in one write, so of two at the same moment exactly one
/// changes the row; the other reads the row as the winner left it.
/// </summary>
public sealed partial class SqliteRequestStore(SqliteDatabase database) : IRequestStore, IRequestCopyStore
{
    /// <summary>Candidate ids tried for one request before giving up (with 2^30 ids, the first is free almost always).</summary>
    private const int MaxIdAttempts = 20;

    private const string RequestColumns =
        "id, form_card_id, teacher_aad_object_id, teacher_name, school, role_id, need, class_or_grade, urgency, preferred_times, status, created_at, "
        + "claimed_by, claimed_by_teams_id, claimed_by_name, claimed_at, cancelled_at, routed_at, teacher_told_at, "
        + "round, open_since, reminded_at, escalated_at, escalation, assigned_by, assigned_by_name, released_by, released_by_name, released_at, "
        + "done_at, done_note, done_told_at, done_reminded_at, rating, rated_at";

    private const string CopyColumns =
        "request_id, recipient_aad_object_id, recipient_name, reason, delivery, card_id, conversation_id, activity_id, shown, can_claim, updated_at, "
        + "passed_at, round";

    public Task<SupportRequest> CreateAsync(NewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return database.WriteAsync(session =>
        {
            if (FindOne(session, "form_card_id = $key", request.FormCardId) is { } existing)
            {
                return existing;
            }

            for (var attempt = 0; attempt < MaxIdAttempts; attempt++)
            {
                var id = RequestIds.Candidate(request.FormCardId, attempt);
                if (session.Scalar("SELECT 1 FROM support_requests WHERE id = $id;", ("$id", id)) is not null)
                {
                    continue;
                }

                session.Execute(
                    """
                    INSERT INTO support_requests (id, form_card_id, teacher_aad_object_id, teacher_name, school, role_id, need, class_or_grade,
                        urgency, preferred_times, status, created_at, open_since)
                    VALUES ($id, $form, $teacher, $name, $school, $role, $need, $grade, $urgency, $times, 'open', $at, $at);
                    """,
                    ("$id", id), ("$form", request.FormCardId), ("$teacher", request.TeacherAadObjectId), ("$name", request.TeacherName),
                    ("$school", request.School), ("$role", request.RoleId), ("$need", request.Need), ("$grade", request.ClassOrGrade),
                    ("$urgency", Urgency(request.Urgency)), ("$times", request.PreferredTimes), ("$at", request.CreatedAt.ToUnixTimeMilliseconds()));
                return FindOne(session, "id = $key", id)!;
            }

            throw new InvalidOperationException($"No free request id after {MaxIdAttempts} attempts.");
        }, cancellationToken);
    }

    public Task<SupportRequest?> FindAsync(string id, CancellationToken cancellationToken) =>
        database.ReadAsync(session => FindOne(session, "id = $key", id), cancellationToken);

    public Task<SupportRequest?> FindByFormCardAsync(string formCardId, CancellationToken cancellationToken) =>
        database.ReadAsync(session => FindOne(session, "form_card_id = $key", formCardId), cancellationToken);

    public Task<IReadOnlyList<SupportRequest>> ListByTeacherAsync(string teacherAadObjectId, int max, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<SupportRequest>>(session =>
        {
            using var reader = session.Query(
                $"SELECT {RequestColumns} FROM support_requests WHERE teacher_aad_object_id = $teacher ORDER BY created_at DESC, id LIMIT $max;",
                ("$teacher", teacherAadObjectId), ("$max", max));
            var list = new List<SupportRequest>();
            while (reader.Read())
            {
                list.Add(ReadRequest(reader));
            }

            return list;
        }, cancellationToken);

    public Task<ClaimOutcome> TryClaimAsync(string id, Helper coach, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coach);
        return database.WriteAsync(session =>
        {
            var won = session.Execute(
                """
                UPDATE support_requests SET status = 'claimed', claimed_by = $coach, claimed_by_teams_id = $teams, claimed_by_name = $name, claimed_at = $at
                WHERE id = $id AND status = 'open';
                """,
                ("$id", id), ("$coach", coach.AadObjectId), ("$teams", coach.TeamsId), ("$name", coach.Name), ("$at", at.ToUnixTimeMilliseconds())) == 1;
            return new ClaimOutcome(FindOne(session, "id = $key", id), won);
        }, cancellationToken);
    }

    public Task<CancelOutcome> TryCancelAsync(string id, string teacherAadObjectId, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(session =>
        {
            var cancelled = session.Execute(
                "UPDATE support_requests SET status = 'cancelled', cancelled_at = $at WHERE id = $id AND teacher_aad_object_id = $teacher AND status = 'open';",
                ("$id", id), ("$teacher", teacherAadObjectId), ("$at", at.ToUnixTimeMilliseconds())) == 1;
            return new CancelOutcome(FindOne(session, "id = $key", id), cancelled);
        }, cancellationToken);

    public Task<bool> MarkRoutedAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Execute("UPDATE support_requests SET routed_at = $at WHERE id = $id AND routed_at IS NULL;", ("$id", id), ("$at", at.ToUnixTimeMilliseconds())) == 1,
            cancellationToken);

    public Task<bool> MarkTeacherToldAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Execute("UPDATE support_requests SET teacher_told_at = $at WHERE id = $id AND teacher_told_at IS NULL;", ("$id", id), ("$at", at.ToUnixTimeMilliseconds())) == 1,
            cancellationToken);

    public Task<IReadOnlyList<RequestCopy>> ListAsync(string requestId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<RequestCopy>>(session =>
        {
            using var reader = session.Query($"SELECT {CopyColumns} FROM support_request_copies WHERE request_id = $id ORDER BY recipient_name COLLATE NOCASE, recipient_aad_object_id;", ("$id", requestId));
            var list = new List<RequestCopy>();
            while (reader.Read())
            {
                list.Add(ReadCopy(reader));
            }

            return list;
        }, cancellationToken);

    public Task<RequestCopy?> FindAsync(string requestId, string recipientAadObjectId, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            using var reader = session.Query(
                $"SELECT {CopyColumns} FROM support_request_copies WHERE request_id = $id AND recipient_aad_object_id = $recipient;",
                ("$id", requestId), ("$recipient", recipientAadObjectId));
            return reader.Read() ? ReadCopy(reader) : null;
        }, cancellationToken);

    public Task SaveAsync(RequestCopy copy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(copy);
        return database.WriteAsync(session => session.Execute(
            """
            INSERT INTO support_request_copies (request_id, recipient_aad_object_id, recipient_name, reason, delivery, card_id, conversation_id,
                activity_id, shown, can_claim, updated_at, passed_at, round)
            VALUES ($id, $recipient, $name, $reason, $delivery, $card, $conversation, $activity, $shown, $claim, $at, $passed, $round)
            ON CONFLICT (request_id, recipient_aad_object_id) DO UPDATE SET recipient_name = excluded.recipient_name, reason = excluded.reason,
                delivery = excluded.delivery, card_id = excluded.card_id, conversation_id = excluded.conversation_id, activity_id = excluded.activity_id,
                shown = excluded.shown, can_claim = excluded.can_claim, updated_at = excluded.updated_at, passed_at = excluded.passed_at,
                round = excluded.round;
            """,
            ("$id", copy.RequestId), ("$recipient", copy.RecipientAadObjectId), ("$name", copy.RecipientName), ("$reason", Reason(copy.Reason)),
            ("$delivery", Delivery(copy.Delivery)), ("$card", copy.CardId), ("$conversation", copy.ConversationId), ("$activity", copy.ActivityId),
            ("$shown", Shown(copy.Shown)), ("$claim", copy.CanClaim ? 1 : 0), ("$at", copy.UpdatedAt.ToUnixTimeMilliseconds()),
            ("$passed", copy.PassedAt?.ToUnixTimeMilliseconds()), ("$round", copy.Round)), cancellationToken);
    }

    public Task<string?> RecordDeliveredAsync(string cardId, string conversationId, string activityId, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Scalar(
            """
            UPDATE support_request_copies SET delivery = 'sent', conversation_id = $conversation, activity_id = $activity
            WHERE card_id = $card RETURNING request_id;
            """,
            ("$card", cardId), ("$conversation", conversationId), ("$activity", activityId)) as string, cancellationToken);

    public Task MarkShownAsync(string requestId, string recipientAadObjectId, CopyView shown, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Execute(
            "UPDATE support_request_copies SET shown = $shown, updated_at = $at WHERE request_id = $id AND recipient_aad_object_id = $recipient;",
            ("$id", requestId), ("$recipient", recipientAadObjectId), ("$shown", Shown(shown)), ("$at", at.ToUnixTimeMilliseconds())), cancellationToken);

    private static SupportRequest? FindOne(SqliteSession session, string where, string key)
    {
        using var reader = session.Query($"SELECT {RequestColumns} FROM support_requests WHERE {where};", ("$key", key));
        return reader.Read() ? ReadRequest(reader) : null;
    }

    private static SupportRequest ReadRequest(SqliteDataReader reader)
    {
        var claimedBy = TextOrNull(reader, 12);
        var assignedBy = TextOrNull(reader, 24);
        var releasedBy = TextOrNull(reader, 26);
        return new SupportRequest(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), TextOrNull(reader, 3), reader.GetString(4), reader.GetString(5),
            reader.GetString(6), TextOrNull(reader, 7), ParseUrgency(reader.GetString(8)), TextOrNull(reader, 9), ParseStatus(reader.GetString(10)),
            Time(reader, 11)!.Value,
            claimedBy is null ? null : new Helper(claimedBy, TextOrNull(reader, 13), TextOrNull(reader, 14)),
            Time(reader, 15), Time(reader, 16), Time(reader, 17), Time(reader, 18))
        {
            Round = reader.GetInt32(19),
            OpenSince = Time(reader, 20)!.Value,
            RemindedAt = Time(reader, 21),
            EscalatedAt = Time(reader, 22),
            Escalation = TextOrNull(reader, 23) switch { "unclaimed" => Dialogs.Features.Requests.Escalation.Unclaimed, "all_passed" => Dialogs.Features.Requests.Escalation.AllPassed, _ => null },
            AssignedBy = assignedBy is null ? null : new Helper(assignedBy, null, TextOrNull(reader, 25)),
            ReleasedBy = releasedBy is null ? null : new Helper(releasedBy, null, TextOrNull(reader, 27)),
            ReleasedAt = Time(reader, 28),
            DoneAt = Time(reader, 29),
            DoneNote = TextOrNull(reader, 30),
            DoneToldAt = Time(reader, 31),
            DoneRemindedAt = Time(reader, 32),
            Rating = TextOrNull(reader, 33) switch { "helpful" => RequestRating.Helpful, "not_helpful" => RequestRating.NotHelpful, _ => null },
            RatedAt = Time(reader, 34),
        };
    }

    private static RequestCopy ReadCopy(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), TextOrNull(reader, 2),
        reader.GetString(3) switch
        {
            "lead_coach" => CopyReason.LeadCoach,
            "admin" => CopyReason.Admin,
            "escalation" => CopyReason.Escalation,
            "assigned" => CopyReason.Assigned,
            "channel" => CopyReason.Channel,
            _ => CopyReason.Covers,
        },
        reader.GetString(4) switch
        {
            "queued" => CopyDelivery.Queued,
            "unreachable" => CopyDelivery.Unreachable,
            "failed" => CopyDelivery.Failed,
            "in_channel" => CopyDelivery.InChannel,
            _ => CopyDelivery.Sent,
        },
        TextOrNull(reader, 5), TextOrNull(reader, 6), TextOrNull(reader, 7),
        reader.GetString(8) switch
        {
            "claimed_by_you" => CopyView.ClaimedByYou,
            "claimed_by_other" => CopyView.ClaimedByOther,
            "cancelled" => CopyView.Cancelled,
            "passed" => CopyView.Passed,
            "gave_back" => CopyView.GaveBack,
            "done" => CopyView.Done,
            _ => CopyView.Open,
        },
        reader.GetInt64(9) != 0,
        Time(reader, 10)!.Value)
    {
        PassedAt = Time(reader, 11),
        Round = reader.GetInt32(12),
    };

    private static string Urgency(Urgency urgency) => RequestViews.UrgencyValue(urgency);

    private static Urgency ParseUrgency(string value) => RequestViews.ParseUrgency(value) ?? Dialogs.Features.Requests.Urgency.Whenever;

    private static RequestStatus ParseStatus(string value) => value switch
    {
        "claimed" => RequestStatus.Claimed,
        "cancelled" => RequestStatus.Cancelled,
        "done" => RequestStatus.Done,
        _ => RequestStatus.Open,
    };

    private static string Reason(CopyReason reason) => reason switch
    {
        CopyReason.LeadCoach => "lead_coach",
        CopyReason.Admin => "admin",
        CopyReason.Escalation => "escalation",
        CopyReason.Assigned => "assigned",
        CopyReason.Channel => "channel",
        _ => "covers",
    };

    private static string Delivery(CopyDelivery delivery) => delivery switch
    {
        CopyDelivery.Queued => "queued",
        CopyDelivery.Unreachable => "unreachable",
        CopyDelivery.Failed => "failed",
        CopyDelivery.InChannel => "in_channel",
        _ => "sent",
    };

    private static string Shown(CopyView shown) => shown switch
    {
        CopyView.ClaimedByYou => "claimed_by_you",
        CopyView.ClaimedByOther => "claimed_by_other",
        CopyView.Cancelled => "cancelled",
        CopyView.Passed => "passed",
        CopyView.GaveBack => "gave_back",
        CopyView.Done => "done",
        _ => "open",
    };

    private static string? TextOrNull(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? Time(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
}
