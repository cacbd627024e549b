namespace CoachBot.Dialogs.OwnData;

/// <summary>
/// One-time download links (implemented in <c>Bot/Downloads/</c>). A link opens a small page under
/// <c>Bot:PublicBaseUrl</c> whose Download button (a POST) makes the file then, from its owner's data as it is at that
/// moment, by the <see cref="IDownloadSource"/> of the link's kind. A link stores no data: only the hash of its token,
/// its owner, its kind and the owner's time zone. It works once, for <see cref="Lifetime"/>.
/// </summary>
public interface IDownloadLinks
{
    /// <summary>False when <c>Bot:PublicBaseUrl</c> is not set: there is no address to link to, so exports come as a card.</summary>
    bool CanMakeLinks { get; }

    /// <summary>How long a link works after it is made.</summary>
    TimeSpan Lifetime { get; }

    /// <summary>
    /// Makes a link for <paramref name="request"/>'s owner. The owner's earlier link of the same kind that was not used
    /// yet stops working, so at most one of each kind is live per person.
    /// </summary>
    /// <exception cref="InvalidOperationException">No link can be made (<see cref="CanMakeLinks"/> is false) or no source has that kind.</exception>
    Task<DownloadLink> CreateAsync(DownloadRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// What a link gives: a file of <paramref name="Kind"/> (an <see cref="IDownloadSource.Kind"/>) made of
/// <paramref name="OwnerId"/>'s data, with times shown in <paramref name="TimeZoneId"/> (the owner's zone when the link
/// was asked for). Nothing in it is a secret or anything a user typed.
/// </summary>
public sealed record DownloadRequest(string Kind, string OwnerId, string TimeZoneId);

/// <summary>A link made for one person: its address (the secret token is its fragment) and when it stops working.</summary>
public sealed record DownloadLink(Uri Url, DateTimeOffset ExpiresAt);
