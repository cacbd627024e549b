using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CoachBot.Bot.Downloads;

/// <summary>
/// <c>GET /download</c> (the page a link opens; spends nothing) and <c>POST /download</c> (its Download button: the file,
/// or a plain page saying why not). Every answer is <c>Cache-Control: no-store</c>, sends no referrer, may not be
/// framed, and never a 500: a body that is no small form is "not valid" (400), a file that cannot be made is a 503 page
/// that leaves the link working.
/// </summary>
public static class DownloadEndpoints
{
    /// <summary>The largest form accepted (the page sends one 43-character token).</summary>
    public const int MaxFormBytes = 4096;

    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(DownloadLinkService.PagePath, (HttpContext http) =>
        {
            Protect(http.Response, DownloadPages.PageSecurityPolicy);
            return Results.Content(DownloadPages.DownloadPage(DownloadLinkService.LinkLifetime), "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status200OK);
        });
        endpoints.MapPost(DownloadLinkService.PagePath, UseAsync);
        return endpoints;
    }

    private static async Task UseAsync(HttpContext http, DownloadLinkService links)
    {
        var response = http.Response;
        var token = await ReadTokenAsync(http.Request, http.RequestAborted);
        var outcome = token is null
            ? new DownloadOutcome.Refused(DownloadRefusal.NotValid)
            : await links.UseAsync(token, http.RequestAborted);
        if (outcome is DownloadOutcome.File file)
        {
            Protect(response, DownloadPages.FileSecurityPolicy);
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = file.ContentType;
            response.Headers.ContentDisposition = $"attachment; filename=\"{file.FileName}\"";
            response.ContentLength = file.Content.Length;
            await response.Body.WriteAsync(file.Content, http.RequestAborted);
            return;
        }

        Protect(response, DownloadPages.MessageSecurityPolicy);
        var (status, html) = outcome switch
        {
            DownloadOutcome.Refused refused => Refused(refused.Reason, malformed: token is null),
            _ => (StatusCodes.Status503ServiceUnavailable, DownloadPages.Failed()),
        };
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(html, Encoding.UTF8, http.RequestAborted);
    }

    /// <summary>The page for a refused link; a request that was no form of the page's at all is a 400 with the "not valid" page.</summary>
    private static (int Status, string Html) Refused(DownloadRefusal reason, bool malformed)
    {
        var page = DownloadPages.Refused(reason, DownloadLinkService.LinkLifetime);
        return (malformed ? StatusCodes.Status400BadRequest : page.Status, page.Html);
    }

    /// <summary>The token of a form the page posted, or null for anything else (another content type, too big, no single token).</summary>
    private static async Task<string?> ReadTokenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
            || !string.Equals(media.MediaType.Value, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || request.ContentLength > MaxFormBytes)
        {
            return null;
        }

        var buffer = new byte[MaxFormBytes + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var count = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (count == 0)
            {
                break;
            }

            read += count;
        }

        if (read > MaxFormBytes)
        {
            return null;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(buffer, 0, read));
        return form.TryGetValue("token", out var values) && values.Count == 1 ? values[0] : null;
    }

    /// <summary>What every answer of the download endpoints carries: no caching anywhere, no referrer, no framing, no sniffing.</summary>
    private static void Protect(HttpResponse response, string contentSecurityPolicy)
    {
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["X-Robots-Tag"] = "noindex, nofollow";
    }
}
