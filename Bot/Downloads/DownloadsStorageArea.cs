using CoachBot.Bot.Storage;

namespace CoachBot.Bot.Downloads;

/// <summary>
/// One-time download links: one row per link made — the SHA-256 hash of its token (never the token), its owner, the
/// kind of file, the owner's time zone, when it was made, until when it works, and when it was used or replaced by a
/// newer one. No row holds any of the data a file is made of: the file is made when the link is used. Rows are deleted
/// a day after their link expired (<see cref="DownloadLinkStore.KeepFor"/>).
/// </summary>
public sealed class DownloadsStorageArea : IStorageArea
{
    public string Name => "downloads";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: first release.
        """
        CREATE TABLE download_links (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            token_hash BLOB NOT NULL UNIQUE,
            owner_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            used_at INTEGER NULL,
            replaced_at INTEGER NULL
        );
        CREATE INDEX ix_download_links_owner ON download_links (owner_id, kind);
        CREATE INDEX ix_download_links_expires ON download_links (expires_at);
        """,
    ];

    public void AddStores(IServiceCollection services) => services.AddSingleton<DownloadLinkStore>();
}
