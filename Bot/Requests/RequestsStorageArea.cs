using CoachBot.Bot.Outbound;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.Requests;

namespace CoachBot.Bot.Requests;

/// <summary>
/// Support requests' tables: the requests (what the teacher asked, where it stands) and the copies sent to coaches (to
/// whom, why, how it went, and the message to update). The need is the teacher's own words: it is stored here and shown
/// only to the teacher and the people the request went to (and, for a school with a coaching channel, that channel), never
/// logged. Also the schools' coaching channels.
/// </summary>
public sealed class RequestsStorageArea : IStorageArea
{
    public string Name => "requests";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: first release.
        """
        CREATE TABLE support_requests (
            id TEXT PRIMARY KEY,
            form_card_id TEXT NOT NULL UNIQUE,
            teacher_aad_object_id TEXT NOT NULL,
            teacher_name TEXT NULL,
            school TEXT NOT NULL,
            role_id TEXT NOT NULL,
            need TEXT NOT NULL,
            class_or_grade TEXT NULL,
            urgency TEXT NOT NULL CHECK (urgency IN ('week', 'month', 'whenever')),
            preferred_times TEXT NULL,
            status TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'cancelled')),
            created_at INTEGER NOT NULL,
            claimed_by TEXT NULL,
            claimed_by_teams_id TEXT NULL,
            claimed_by_name TEXT NULL,
            claimed_at INTEGER NULL,
            cancelled_at INTEGER NULL,
            routed_at INTEGER NULL,
            teacher_told_at INTEGER NULL
        ) WITHOUT ROWID;
        CREATE INDEX ix_support_requests_teacher ON support_requests (teacher_aad_object_id, created_at);

        CREATE TABLE support_request_copies (
            request_id TEXT NOT NULL REFERENCES support_requests (id),
            recipient_aad_object_id TEXT NOT NULL,
            recipient_name TEXT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('covers', 'lead_coach', 'admin')),
            delivery TEXT NOT NULL CHECK (delivery IN ('sent', 'queued', 'unreachable', 'failed')),
            card_id TEXT NULL,
            conversation_id TEXT NULL,
            activity_id TEXT NULL,
            shown TEXT NOT NULL CHECK (shown IN ('open', 'claimed_by_you', 'claimed_by_other', 'cancelled')),
            can_claim INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (request_id, recipient_aad_object_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_support_request_copies_card ON support_request_copies (card_id);
        """,

        // 2: follow-through (issue 16). SQLite cannot change a CHECK constraint, so both tables are rebuilt with the new
        // statuses, reasons, deliveries and views, and their rows copied; plus the schools' coaching channels.
        """
        CREATE TABLE support_requests_v2 (
            id TEXT PRIMARY KEY,
            form_card_id TEXT NOT NULL UNIQUE,
            teacher_aad_object_id TEXT NOT NULL,
            teacher_name TEXT NULL,
            school TEXT NOT NULL,
            role_id TEXT NOT NULL,
            need TEXT NOT NULL,
            class_or_grade TEXT NULL,
            urgency TEXT NOT NULL CHECK (urgency IN ('week', 'month', 'whenever')),
            preferred_times TEXT NULL,
            status TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'cancelled', 'done')),
            created_at INTEGER NOT NULL,
            claimed_by TEXT NULL,
            claimed_by_teams_id TEXT NULL,
            claimed_by_name TEXT NULL,
            claimed_at INTEGER NULL,
            cancelled_at INTEGER NULL,
            routed_at INTEGER NULL,
            teacher_told_at INTEGER NULL,
            round INTEGER NOT NULL DEFAULT 1,
            open_since INTEGER NOT NULL,
            reminded_at INTEGER NULL,
            escalated_at INTEGER NULL,
            escalation TEXT NULL CHECK (escalation IN ('unclaimed', 'all_passed')),
            assigned_by TEXT NULL,
            assigned_by_name TEXT NULL,
            released_by TEXT NULL,
            released_by_name TEXT NULL,
            released_at INTEGER NULL,
            done_at INTEGER NULL,
            done_note TEXT NULL,
            done_told_at INTEGER NULL,
            done_reminded_at INTEGER NULL,
            rating TEXT NULL CHECK (rating IN ('helpful', 'not_helpful')),
            rated_at INTEGER NULL
        ) WITHOUT ROWID;
        INSERT INTO support_requests_v2 (id, form_card_id, teacher_aad_object_id, teacher_name, school, role_id, need, class_or_grade, urgency,
            preferred_times, status, created_at, claimed_by, claimed_by_teams_id, claimed_by_name, claimed_at, cancelled_at, routed_at,
            teacher_told_at, open_since)
        SELECT id, form_card_id, teacher_aad_object_id, teacher_name, school, role_id, need, class_or_grade, urgency,
            preferred_times, status, created_at, claimed_by, claimed_by_teams_id, claimed_by_name, claimed_at, cancelled_at, routed_at,
            teacher_told_at, created_at
        FROM support_requests;

        CREATE TABLE support_request_copies_v2 (
            request_id TEXT NOT NULL REFERENCES support_requests_v2 (id),
            recipient_aad_object_id TEXT NOT NULL,
            recipient_name TEXT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('covers', 'lead_coach', 'admin', 'escalation', 'assigned', 'channel')),
            delivery TEXT NOT NULL CHECK (delivery IN ('sent', 'queued', 'unreachable', 'failed', 'in_channel')),
            card_id TEXT NULL,
            conversation_id TEXT NULL,
            activity_id TEXT NULL,
            shown TEXT NOT NULL CHECK (shown IN ('open', 'claimed_by_you', 'claimed_by_other', 'cancelled', 'passed', 'gave_back', 'done')),
            can_claim INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            passed_at INTEGER NULL,
            round INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (request_id, recipient_aad_object_id)
        ) WITHOUT ROWID;
        INSERT INTO support_request_copies_v2 (request_id, recipient_aad_object_id, recipient_name, reason, delivery, card_id, conversation_id,
            activity_id, shown, can_claim, updated_at)
        SELECT request_id, recipient_aad_object_id, recipient_name, reason, delivery, card_id, conversation_id,
            activity_id, shown, can_claim, updated_at
        FROM support_request_copies;

        DROP TABLE support_request_copies;
        DROP TABLE support_requests;
        ALTER TABLE support_requests_v2 RENAME TO support_requests;
        ALTER TABLE support_request_copies_v2 RENAME TO support_request_copies;
        CREATE INDEX ix_support_requests_teacher ON support_requests (teacher_aad_object_id, created_at);
        CREATE INDEX ix_support_requests_claimed_by ON support_requests (claimed_by, status, created_at);
        CREATE INDEX ix_support_request_copies_card ON support_request_copies (card_id);
        CREATE INDEX ix_support_request_copies_recipient ON support_request_copies (recipient_aad_object_id, request_id);

        CREATE TABLE coaching_channels (
            school TEXT PRIMARY KEY,
            channel_id TEXT NOT NULL,
            team_id TEXT NULL,
            set_by TEXT NOT NULL,
            set_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        """,
    ];

    public void AddStores(IServiceCollection services)
    {
        services.AddSingleton<SqliteRequestStore>();
        services.AddSingleton<IRequestStore>(provider => provider.GetRequiredService<SqliteRequestStore>());
        services.AddSingleton<IRequestCopyStore>(provider => provider.GetRequiredService<SqliteRequestStore>());
        services.AddSingleton<IRequestFollowThroughStore>(provider => provider.GetRequiredService<SqliteRequestStore>());
        services.AddSingleton<ICoachingChannelStore, SqliteCoachingChannelStore>();
        // Reads the conversation directory and calls the Connector (registered by the host, not by a storage area): made on
        // first use, so a container of the storage areas alone (the store contract tests) does not need the Connector.
        services.AddSingleton<ITeamsChannels>(provider => ActivatorUtilities.CreateInstance<TeamsChannels>(provider));
        services.AddSingleton<IOutboxDeliveryObserver, RequestCopyDeliveryObserver>();
    }
}
