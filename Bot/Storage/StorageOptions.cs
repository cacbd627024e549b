using System.ComponentModel.DataAnnotations;

namespace CoachBot.Bot.Storage;

/// <summary>Where CoachBot keeps its data (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// An ADO.NET SQLite connection string. A relative <c>Data Source</c> is resolved against the content root;
    /// the folder and file are created on first run.
    /// </summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/coachbot.db";

    /// <summary>How long a writer waits for another writer's lock before failing.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often committed writes are copied from the write-ahead log (<c>-wal</c> file) into the database file,
    /// in the background. Writes never wait for it; a shorter interval keeps the log file smaller.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(1);
}
