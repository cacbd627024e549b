using CoachBot.Bot.Outbound;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs.Features.Requests;

namespace CoachBot.Bot.Requests;

/// <summary>
/// Support requests' tables: the requests (what the teacher asked, where it stands) and the copies sent to coaches (to
/// whom, why, how it went, and the message to update). The need is the teacher's own words: it is stored here and shown
/// only to the teacher and the people the request went to, never logged.
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
    ];

    public void AddStores(IServiceCollection services)
    {
        services.AddSingleton<SqliteRequestStore>();
        services.AddSingleton<IRequestStore>(provider => provider.GetRequiredService<SqliteRequestStore>());
        services.AddSingleton<IRequestCopyStore>(provider => provider.GetRequiredService<SqliteRequestStore>());
        services.AddSingleton<IOutboxDeliveryObserver, RequestCopyDeliveryObserver>();
    }
}
