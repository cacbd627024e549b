using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using CoachBot.Bot.Downloads;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs.OwnData;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Reflections;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.OwnData;

/// <summary>
/// One-time download links through the real host: the page a link opens (GET, which never spends it), its Download button
/// (POST: the file once, then "used"), expiry after 10 minutes on the host's clock, guessed and altered tokens, bad
/// requests (never a 500), the headers every answer carries, and what is stored and logged (a hash; never the token).
/// </summary>
public sealed class DownloadLinkTests : IDisposable
{
    private readonly DownloadHost _host = new(services =>
    {
        services.AddSingleton<IDownloadSource, FlakySource>();
        services.AddSingleton<IDownloadSource, RoleGatedSource>();
    });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ALink_GivesTheFileOnce_ThenAPlainPageSaysItWasUsed()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("modeled Padlet with the grade 4 team", 20));
        var token = DownloadHost.TokenOf(await _host.LinkAsync(ChatUser.Alice));

        using var first = await _host.PostAsync(token);
        using var second = await _host.PostAsync(token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/csv", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", first.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment; filename=\"coachbot-reflections-2026-11-30.csv\"", first.Content.Headers.ContentDisposition?.ToString());
        var rows = CsvReader.Read(await first.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(2, rows.Count);
        Assert.Contains("modeled Padlet with the grade 4 team", rows[1]);

        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Equal("text/html", second.Content.Headers.ContentType?.MediaType);
        var page = await DownloadHost.TextAsync(second);
        Assert.Contains(DownloadPages.UsedTitle, page, StringComparison.Ordinal);
        Assert.DoesNotContain("modeled Padlet", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALink_WorksForTenMinutes_AndThenAPlainPageSaysItExpired()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("co-planned a station rotation", 35));

        var stillValid = DownloadHost.TokenOf(await _host.LinkAsync(ChatUser.Alice));
        _host.Factory.Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        using var justInTime = await _host.PostAsync(stillValid);

        var tooLate = DownloadHost.TokenOf(await _host.LinkAsync(ChatUser.Alice));
        _host.Factory.Time.Advance(TimeSpan.FromMinutes(10));
        using var expired = await _host.PostAsync(tooLate);

        Assert.Equal(HttpStatusCode.OK, justInTime.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains(DownloadPages.ExpiredTitle, await DownloadHost.TextAsync(expired), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGet_NeverSpendsTheLink_HoweverOftenALinkScannerFollowsIt()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("ran a PD workshop", 45));
        var link = await _host.LinkAsync(ChatUser.Alice);

        for (var i = 0; i < 5; i++)
        {
            // HttpClient, like every browser and scanner, sends no fragment: the token never reaches the server on a GET.
            using var page = await _host.Browser.GetAsync(new Uri(link.Replace(DownloadHost.BaseUrl, "http://localhost", StringComparison.Ordinal)), Ct);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await DownloadHost.TextAsync(page);
            Assert.Contains("<button type=\"submit\" id=\"button\">Download</button>", html, StringComparison.Ordinal);
            Assert.Contains("method=\"post\"", html, StringComparison.Ordinal);
        }

        using var head = await _host.Browser.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/download"), Ct);
        using var pathToken = await _host.Browser.GetAsync($"/download/{DownloadHost.TokenOf(link)}", Ct);
        using var file = await _host.PostAsync(DownloadHost.TokenOf(link));

        Assert.True(head.StatusCode is HttpStatusCode.OK or HttpStatusCode.MethodNotAllowed, $"HEAD gave {head.StatusCode}");
        Assert.Equal(HttpStatusCode.NotFound, pathToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
    }

    private static string[] AlteredTokens(string token) =>
    [
        token[..^1] + (token[^1] == 'A' ? 'B' : 'A'),
        (token[0] == 'x' ? 'y' : 'x') + token[1..],
        token[..20] + (token[20] == 'Q' ? 'R' : 'Q') + token[21..],
        token[..^1],
        token + "A",
        token + "=",
        token.ToUpperInvariant(),
        " " + token,
        Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)),
        Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)),
        "",
        "not-a-token",
        "../../etc/passwd",
        "<script>alert(1)</script>",
        new string('A', 10_000),
    ];

    [Fact]
    public async Task AGuessedOrAlteredToken_GetsThePlainNotValidPage_AndTheRealLinkStillWorks()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("observed a lesson", 30));
        var token = DownloadHost.TokenOf(await _host.LinkAsync(ChatUser.Alice));

        foreach (var altered in AlteredTokens(token))
        {
            Assert.NotEqual(token, altered);
            using var response = await _host.PostAsync(altered);
            var page = await DownloadHost.TextAsync(response);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{altered[..Math.Min(altered.Length, 60)]}: {response.StatusCode}");
            Assert.Contains(DownloadPages.NotValidTitle, page, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
            Assert.DoesNotContain("observed a lesson", page, StringComparison.Ordinal);
        }

        using var real = await _host.PostAsync(token);
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
    }

    [Fact]
    public async Task ARequestThatIsNotThePagesForm_GetsTheNotValidPage_NeverA500()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        HttpContent[] bodies =
        [
            new StringContent($"{{\"token\":\"{token}\"}}", Encoding.UTF8, "application/json"),
            new MultipartFormDataContent { { new StringContent(token), "token" } },
            new FormUrlEncodedContent([new("token", token), new("token", token)]),
            new FormUrlEncodedContent([new("token", token), new("padding", new string('x', DownloadEndpoints.MaxFormBytes))]),
            new ByteArrayContent([0xFF, 0xFE, 0x00, 0x01]) { Headers = { ContentType = new("application/x-www-form-urlencoded") } },
            new StringContent("%%%=%%%&&==", Encoding.UTF8, "application/x-www-form-urlencoded"),
        ];

        foreach (var body in bodies)
        {
            using var response = await _host.Browser.PostAsync("/download", body, Ct);
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{body.Headers.ContentType}: {response.StatusCode}");
            Assert.Contains(DownloadPages.NotValidTitle, await DownloadHost.TextAsync(response), StringComparison.Ordinal);
            body.Dispose();
        }

        using var empty = await _host.Browser.PostAsync("/download", null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task EveryAnswer_IsNeverStored_SendsNoReferrer_CannotBeFramed_AndThePageRunsOnlyItsOwnScript()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("modeled a lesson", 20));
        var token = DownloadHost.TokenOf(await _host.LinkAsync(ChatUser.Alice));

        using var page = await _host.Browser.GetAsync("/download", Ct);
        using var file = await _host.PostAsync(token);
        using var used = await _host.PostAsync(token);
        using var notValid = await _host.PostAsync("nope");

        foreach (var response in new[] { page, file, used, notValid })
        {
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
            Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
            var policy = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        }

        var pagePolicy = string.Join(",", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'sha256-", pagePolicy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", pagePolicy, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"referrer\" content=\"no-referrer\">", await DownloadHost.TextAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheToken_Is256RandomBits_StoredOnlyAsItsHash_BoundToItsOwner_AndInNoLog()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("modeled Padlet", 20));
        var first = DownloadHost.TokenOf(await _host.LinkAsync(ChatUser.Alice));
        var token = DownloadHost.TokenOf(await _host.LinkAsync(ChatUser.Alice));

        Assert.Equal(43, token.Length);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.Equal(32, Base64Url.DecodeFromChars(token).Length);
        Assert.NotEqual(first, token);

        var rows = await _host.Get<SqliteDatabase>().ReadAsync(session =>
        {
            using var reader = session.Query("SELECT token_hash, owner_id, kind, time_zone, quote(token_hash) FROM download_links ORDER BY id;");
            var all = new List<(byte[] Hash, string Owner, string Kind, string Zone, string Text)>();
            while (reader.Read())
            {
                all.Add(((byte[])reader.GetValue(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
            }

            return all;
        }, Ct);
        Assert.Equal(2, rows.Count);
        Assert.Equal(SHA256.HashData(Base64Url.DecodeFromChars(token)), rows[1].Hash);
        Assert.Equal((ChatUser.Alice.AadObjectId, "reflections", "Europe/Oslo"), (rows[1].Owner, rows[1].Kind, rows[1].Zone));
        Assert.DoesNotContain(rows, row => row.Text.Contains(token, StringComparison.Ordinal));

        using var file = await _host.PostAsync(token);
        using var again = await _host.PostAsync(token);
        using var refused = await _host.PostAsync(first);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);

        Assert.NotEmpty(_host.Logs);
        Assert.Contains(_host.Logs, line => line.Contains("[5301]", StringComparison.Ordinal));
        Assert.Contains(_host.Logs, line => line.Contains("[5302]", StringComparison.Ordinal));
        foreach (var secret in new[] { token, first, token[..16], first[..16] })
        {
            Assert.DoesNotContain(_host.Logs, line => line.Contains(secret, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(_host.Logs, line => line.Contains("modeled Padlet", StringComparison.Ordinal) && line.StartsWith("Information", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFile_IsMadeWhenTheLinkIsUsed_FromTheOwnersDataAsItIsThen()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("before the link", 20), TimeSpan.FromMinutes(5));
        var token = DownloadHost.TokenOf(await _host.LinkAsync(ChatUser.Alice));
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("after the link, before the download", 15));

        using var file = await _host.PostAsync(token);

        var rows = CsvReader.Read(await file.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(["after the link, before the download", "before the link"], rows.Skip(1).Select(row => row[7]));
    }

    [Fact]
    public async Task ANewLink_ReplacesTheOwnersEarlierOne()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("modeled Padlet", 20));
        var older = DownloadHost.TokenOf(await _host.LinkAsync(ChatUser.Alice));
        var newer = DownloadHost.TokenOf(await _host.LinkAsync(ChatUser.Alice));

        using var replaced = await _host.PostAsync(older);
        using var works = await _host.PostAsync(newer);

        Assert.Equal(HttpStatusCode.Gone, replaced.StatusCode);
        Assert.Contains(DownloadPages.ReplacedTitle, await DownloadHost.TextAsync(replaced), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, works.StatusCode);
    }

    [Fact]
    public async Task TwoPressesAtTheSameMoment_GetTheFileOnce()
    {
        await _host.WithAsync(ChatUser.Alice);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching("modeled Padlet", 20));
        var token = DownloadHost.TokenOf(await _host.LinkAsync(ChatUser.Alice));

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _host.PostAsync(token)));

        Assert.Equal(1, responses.Count(response => response.StatusCode == HttpStatusCode.OK));
        Assert.Equal(3, responses.Count(response => response.StatusCode == HttpStatusCode.Gone));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task AFileThatCannotBeMade_GetsAPlainPage_AndLeavesTheLinkWorking()
    {
        var link = await _host.Get<IDownloadLinks>().CreateAsync(new DownloadRequest(FlakySource.KindName, ChatUser.Bob.AadObjectId, "UTC"), Ct);
        var token = DownloadHost.TokenOf(link.Url.AbsoluteUri);

        using var failed = await _host.PostAsync(token);
        using var retried = await _host.PostAsync(token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Contains(DownloadPages.FailedTitle, await DownloadHost.TextAsync(failed), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("coachbot-flaky-2026-11-30.csv", retried.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal([["Owner"], [ChatUser.Bob.AadObjectId]], CsvReader.Read(await retried.Content.ReadAsByteArrayAsync(Ct)));
        Assert.Contains(_host.Logs, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("[5305]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALinkWhoseOwnerMayNoLongerHaveTheFile_GetsAPlainPageSayingSo()
    {
        var link = await _host.Get<IDownloadLinks>().CreateAsync(new DownloadRequest(RoleGatedSource.KindName, ChatUser.Bob.AadObjectId, "UTC"), Ct);

        using var refused = await _host.PostAsync(DownloadHost.TokenOf(link.Url.AbsoluteUri));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(DownloadPages.NotAllowedTitle, await DownloadHost.TextAsync(refused), StringComparison.Ordinal);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _host.Dispose();

    /// <summary>A download source whose first read fails (a database hiccup), then gives its owner's id.</summary>
    private sealed class FlakySource : IDownloadSource
    {
        public const string KindName = "flaky";

        private int _reads;

        public string Kind => KindName;

        public Task<ExportTable?> ReadAsync(DownloadRequest request, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _reads) == 1
                ? throw new InvalidOperationException("the database is busy")
                : Task.FromResult<ExportTable?>(new ExportTable(KindName, ["Owner"], [[request.OwnerId]]));
    }

    /// <summary>A download only lead coaches may have (as issue 21's team figures will be); nobody here is one any more.</summary>
    private sealed class RoleGatedSource : IDownloadSource
    {
        public const string KindName = "lead-only";

        public string Kind => KindName;

        public Task<ExportTable?> ReadAsync(DownloadRequest request, CancellationToken cancellationToken) => Task.FromResult<ExportTable?>(null);
    }
}
