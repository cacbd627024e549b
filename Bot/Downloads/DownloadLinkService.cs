using System.Buffers.Text;
using System.Security.Cryptography;
using CoachBot.Bot.Hosting;
using CoachBot.Cards.Formatting;
using CoachBot.Dialogs.OwnData;
using CoachBot.Dialogs.School;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Downloads;

/// <summary>
/// One-time download links (<see cref="IDownloadLinks"/>). A link is <c>{Bot:PublicBaseUrl}/download#{token}</c>: the
/// token is 32 bytes from the operating system's CSPRNG (256 bits), base64url, and sits in the URL's fragment, which
/// browsers never send to a server — so it appears in no request line, no CoachBot or proxy log and no Referer. The page
/// reads it and its Download button POSTs it; only a POST spends a link, so link scanners that follow GETs cannot.
/// Only the token's SHA-256 hash is stored, with the owner, the kind and the owner's time zone (never the token, never
/// the data). Using a link makes the file then, in memory, from the owner's current data, by the
/// <see cref="IDownloadSource"/> of its kind; it is written to the response and nowhere else.
/// </summary>
public sealed partial class DownloadLinkService : IDownloadLinks
{
    /// <summary>The path of the download page and of its POST.</summary>
    public const string PagePath = "/download";

    /// <summary>Random bytes in a token (256 bits; the issue asks for at least 128).</summary>
    public const int TokenBytes = 32;

    private readonly DownloadLinkStore _store;
    private readonly Dictionary<string, IDownloadSource> _sources;
    private readonly string _baseUrl;
    private readonly TimeProvider _time;
    private readonly ILogger<DownloadLinkService> _logger;

    public DownloadLinkService(
        DownloadLinkStore store, IEnumerable<IDownloadSource> sources, IOptions<BotOptions> options, TimeProvider time, ILogger<DownloadLinkService> logger)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _time = time;
        _logger = logger;
        _baseUrl = options.Value.PublicBaseUrl.Trim().TrimEnd('/');
        _sources = new Dictionary<string, IDownloadSource>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (!_sources.TryAdd(source.Kind, source))
            {
                throw new InvalidOperationException(
                    $"Two download sources have the kind '{source.Kind}' ({_sources[source.Kind].GetType().Name} and {source.GetType().Name}).");
            }
        }
    }

    /// <summary>How long a link works: 10 minutes.</summary>
    public static TimeSpan LinkLifetime { get; } = TimeSpan.FromMinutes(10);

    public bool CanMakeLinks => _baseUrl.Length > 0;

    public TimeSpan Lifetime => LinkLifetime;

    public IReadOnlyCollection<string> Kinds => _sources.Keys;

    public async Task<DownloadLink> CreateAsync(DownloadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CanMakeLinks)
        {
            throw new InvalidOperationException("Bot:PublicBaseUrl is not set, so no download link can be made.");
        }

        if (!_sources.ContainsKey(request.Kind))
        {
            throw new InvalidOperationException($"No download source has the kind '{request.Kind}'.");
        }

        var token = RandomNumberGenerator.GetBytes(TokenBytes);
        var now = _time.GetUtcNow();
        var expires = now + LinkLifetime;
        var id = await _store.AddAsync(SHA256.HashData(token), request, now, expires, cancellationToken);
        Log.Made(_logger, id, request.Kind, request.OwnerId, expires);
        return new DownloadLink(new Uri($"{_baseUrl}{PagePath}#{Base64Url.EncodeToString(token)}"), expires);
    }

    /// <summary>
    /// Uses the link whose token is <paramref name="token"/>: the file, made now, when the link still works; why not
    /// otherwise. The link is used up only once the file is made, so a failure leaves it working; of two uses at the same
    /// moment exactly one gets the file.
    /// </summary>
    public async Task<DownloadOutcome> UseAsync(string? token, CancellationToken cancellationToken)
    {
        if (!TryDecode(token, out var bytes) || await _store.FindAsync(SHA256.HashData(bytes), cancellationToken) is not { } link)
        {
            Log.NotValid(_logger);
            return new DownloadOutcome.Refused(DownloadRefusal.NotValid);
        }

        if (Refusal(link, _time.GetUtcNow()) is { } refusal)
        {
            Log.Refused(_logger, link.Id, refusal);
            return new DownloadOutcome.Refused(refusal);
        }

        if (!_sources.TryGetValue(link.Request.Kind, out var source))
        {
            // A kind this version of CoachBot no longer makes.
            Log.Refused(_logger, link.Id, DownloadRefusal.NotValid);
            return new DownloadOutcome.Refused(DownloadRefusal.NotValid);
        }

        ExportTable? table;
        byte[] content;
        try
        {
            table = await source.ReadAsync(link.Request, cancellationToken);
            content = table is null ? [] : CsvFile.Write(table);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.Failed(_logger, exception, link.Id, link.Request.Kind);
            return new DownloadOutcome.Failed();
        }

        if (table is null)
        {
            Log.Refused(_logger, link.Id, DownloadRefusal.NotAllowed);
            return new DownloadOutcome.Refused(DownloadRefusal.NotAllowed);
        }

        var now = _time.GetUtcNow();
        if (!await _store.TryUseAsync(link.Id, now, cancellationToken))
        {
            var after = await _store.FindByIdAsync(link.Id, cancellationToken);
            var reason = after is null ? DownloadRefusal.NotValid : Refusal(after, now) ?? DownloadRefusal.Used;
            Log.Refused(_logger, link.Id, reason);
            return new DownloadOutcome.Refused(reason);
        }

        Log.Used(_logger, link.Id, link.Request.Kind, table.Rows.Count, content.Length);
        var zone = DateTimeText.TryFindTimeZone(link.Request.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        return new DownloadOutcome.File(CsvFile.FileName(table.Name, ZonedTime.LocalDate(now, zone)), CsvFile.ContentType, content, table.Rows.Count);
    }

    private static DownloadRefusal? Refusal(StoredDownloadLink link, DateTimeOffset now) =>
        link.UsedAt is not null ? DownloadRefusal.Used
        : link.ReplacedAt is not null ? DownloadRefusal.Replaced
        : link.ExpiresAt <= now ? DownloadRefusal.Expired
        : null;

    /// <summary>
    /// A token exactly as links carry it: <see cref="TokenBytes"/> bytes in unpadded base64url (43 characters). Any other
    /// spelling of the same bytes (padding, other unused bits in the last character) is refused like any other change.
    /// </summary>
    private static bool TryDecode(string? token, out byte[] bytes)
    {
        bytes = new byte[TokenBytes];
        return token is { Length: > 0 and <= 64 }
            && Base64Url.IsValid(token.AsSpan(), out var length) && length == TokenBytes
            && Base64Url.TryDecodeFromChars(token.AsSpan(), bytes, out var written) && written == TokenBytes
            && string.Equals(Base64Url.EncodeToString(bytes), token, StringComparison.Ordinal);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Download link {LinkId} made: {Kind} of {Owner}, works until {ExpiresAt:o}")]
        public static partial void Made(ILogger logger, long linkId, string kind, string owner, DateTimeOffset expiresAt);

        [LoggerMessage(EventId = 5302, Level = LogLevel.Information, Message = "Download link {LinkId} used: {Kind}, {Rows} rows, {Bytes} bytes")]
        public static partial void Used(ILogger logger, long linkId, string kind, int rows, int bytes);

        [LoggerMessage(EventId = 5303, Level = LogLevel.Information, Message = "Download link {LinkId} refused: {Reason}")]
        public static partial void Refused(ILogger logger, long linkId, DownloadRefusal reason);

        [LoggerMessage(EventId = 5304, Level = LogLevel.Debug, Message = "A download was asked for with a token that matches no link")]
        public static partial void NotValid(ILogger logger);

        [LoggerMessage(EventId = 5305, Level = LogLevel.Warning, Message = "Download link {LinkId} ({Kind}): the file could not be made; the link still works")]
        public static partial void Failed(ILogger logger, Exception exception, long linkId, string kind);
    }
}
