using System.Security.Cryptography;
using System.Text;

namespace CoachBot.Bot.Downloads;

/// <summary>
/// The download page and the plain pages that answer a link that does not work. Small static HTML in CoachBot's own
/// words (nothing a user typed, no token: nothing needs encoding), one inline style and, on the download page, one inline script, both allowed
/// by hash in a strict Content-Security-Policy (nothing else loads: no fonts, images or other scripts).
/// </summary>
public static class DownloadPages
{
    /// <summary>Reads the token from the link's fragment into the form, drops it from the address bar, and marks the button pressed.</summary>
    internal const string Script =
        "(function(){var t=location.hash.length>1?location.hash.slice(1):'';" +
        "if(!t){document.getElementById('incomplete').hidden=false;return;}" +
        "document.getElementById('token').value=t;document.getElementById('ready').hidden=false;" +
        "history.replaceState(null,'',location.pathname+location.search);" +
        "document.getElementById('download').addEventListener('submit',function(){var b=document.getElementById('button');" +
        "setTimeout(function(){b.disabled=true;document.getElementById('started').hidden=false;},0);});})();";

    internal const string Style =
        "body{font-family:\"Segoe UI\",system-ui,-apple-system,sans-serif;margin:0;background:#f5f5f5;color:#242424}" +
        "main{max-width:34rem;margin:4rem auto;padding:2rem;background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.15)}" +
        "h1{font-size:1.4rem;margin-top:0}p{line-height:1.5}" +
        "button{font:inherit;font-weight:600;padding:.6rem 1.6rem;border:0;border-radius:4px;background:#5b5fc7;color:#fff;cursor:pointer}" +
        "button:disabled{background:#8a8a8a;cursor:default}";

    /// <summary>The policy of the download page: its own script and style only, forms only to itself, never in a frame.</summary>
    public static readonly string PageSecurityPolicy =
        $"default-src 'none'; script-src {Hash(Script)}; style-src {Hash(Style)}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>The policy of the message pages: no script at all.</summary>
    public static readonly string MessageSecurityPolicy =
        $"default-src 'none'; style-src {Hash(Style)}; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>The policy of a file: nothing in it may run or load, even if a browser showed it.</summary>
    public const string FileSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

    public const string NotValidTitle = "This download link isn't valid";

    public const string ExpiredTitle = "This download link has expired";

    public const string UsedTitle = "This download link was already used";

    public const string ReplacedTitle = "This download link was replaced by a newer one";

    public const string FailedTitle = "CoachBot couldn't make your file just now";

    public const string NotAllowedTitle = "This download is no longer yours to get";

    private const string AskAgain = "For a new link, ask CoachBot in Teams the way you asked for this one (for example <b>export reflections</b>).";

    /// <summary>The page a link opens: the Download button (shown once the script found the token in the link).</summary>
    public static string DownloadPage(TimeSpan lifetime) => Html(
        "Your CoachBot download",
        $"""
        <div id="ready" hidden>
        <p>Press <b>Download</b> to save your file. It is made when you press the button, from your data as it is now; CoachBot keeps no copy.</p>
        <p>This link works once, for {(int)lifetime.TotalMinutes} minutes after CoachBot made it.</p>
        <form id="download" method="post" action="download"><input type="hidden" name="token" id="token" value=""><button type="submit" id="button">Download</button></form>
        <p id="started" hidden>Your download has started. This link is now used up: for another copy, ask CoachBot for a new link.</p>
        </div>
        <p id="incomplete" hidden>This link is incomplete. Open it again from the card CoachBot sent you in Teams, or ask CoachBot for a new one.</p>
        <noscript><p>This page needs JavaScript to read your link. Turn JavaScript on for this page, or ask your school's IT admin for help.</p></noscript>
        """,
        $"<script>{Script}</script>");

    /// <summary>The page that says why a link gave no file.</summary>
    public static (int Status, string Title, string Html) Refused(DownloadRefusal reason, TimeSpan lifetime)
    {
        var minutes = (int)lifetime.TotalMinutes;
        var (status, title, text) = reason switch
        {
            DownloadRefusal.Expired => (410, ExpiredTitle, $"Download links work for {minutes} minutes after CoachBot makes them."),
            DownloadRefusal.Used => (410, UsedTitle, "Each download link works once. If you didn't use it yourself, tell your school's IT admin."),
            DownloadRefusal.Replaced => (410, ReplacedTitle, "You asked CoachBot for another link after this one, and only the newest works. Use the newest link CoachBot sent you."),
            DownloadRefusal.NotAllowed => (403, NotAllowedTitle, "What it would hold is no longer yours to download (for example, your role in CoachBot changed). If you think that's wrong, ask your school's CoachBot admin."),
            _ => (404, NotValidTitle, $"It may be incomplete or changed. Links from CoachBot work once, for {minutes} minutes."),
        };
        return (status, title, Message(title, text, AskAgain));
    }

    /// <summary>The page for a file that could not be made (the link still works).</summary>
    public static string Failed() => Message(
        FailedTitle,
        "Your link wasn't used up: go back and press Download again in a minute.",
        "If it keeps happening, tell your school's IT admin.");

    private static string Message(string title, params string[] paragraphs) =>
        Html(title, string.Concat(paragraphs.Select(paragraph => $"<p>{paragraph}</p>\n")), script: null);

    private static string Html(string title, string body, string? script) =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <meta name="robots" content="noindex, nofollow">
        <title>{title}</title>
        <style>{Style}</style>
        </head>
        <body>
        <main>
        <h1>{title}</h1>
        {body}
        </main>
        {script}
        </body>
        </html>
        """;

    private static string Hash(string inline) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)))}'";
}
