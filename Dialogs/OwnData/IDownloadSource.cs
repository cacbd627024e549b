namespace CoachBot.Dialogs.OwnData;

/// <summary>
/// Makes the content of one kind of download: a feature's rows for one owner, read when the link is used (and for the
/// card shown instead when there are no links). Features register theirs as <c>IDownloadSource</c> singletons; the
/// kinds must differ (start-up checks). The source decides what is in the file; the link service only delivers it.
/// </summary>
public interface IDownloadSource
{
    /// <summary>The kind stored with each link, e.g. <c>reflections</c> (lower case letters, digits and dashes).</summary>
    string Kind { get; }

    /// <summary>
    /// The owner's rows as they are now, newest first — only the owner's, never anyone else's; or null when the owner may
    /// no longer have this file (a source whose file needs a role checks it here, when the link is used, not only when it
    /// was made: a lead coach taken off the roster in between gets nothing).
    /// </summary>
    Task<ExportTable?> ReadAsync(DownloadRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// A table to export: <paramref name="Name"/> (the file's name is <c>coachbot-{Name}-{date}.csv</c>), the column headings
/// and the rows (each as many cells as there are columns; empty for nothing), newest first.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
