using System.Text;

namespace CoachBot.Bot.Protocol.Connector;

/// <summary>
/// Builds Connector REST URLs from an activity's <c>serviceUrl</c> (protocol.md §3.2). The serviceUrl may
/// carry a path prefix (the Agents Playground's is <c>http://localhost:56150/_connector</c>) and may or may
/// not end in a slash; every path segment (conversation ids hold <c>:</c>, <c>;</c>, <c>@</c>, <c>=</c>) is
/// escaped with <see cref="Uri.EscapeDataString(string)"/>.
/// </summary>
public static class ConnectorUrl
{
    /// <summary>
    /// Joins <paramref name="serviceUrl"/> and the escaped <paramref name="segments"/>; false when the
    /// serviceUrl is not an absolute http(s) URL without query or fragment, or a segment is empty.
    /// </summary>
    public static bool TryBuild(string? serviceUrl, out Uri? uri, params ReadOnlySpan<string?> segments)
    {
        uri = null;
        if (!TryParseServiceUrl(serviceUrl, out var baseUri))
        {
            return false;
        }

        var builder = new StringBuilder(baseUri!.GetLeftPart(UriPartial.Path).TrimEnd('/'));
        foreach (var segment in segments)
        {
            if (string.IsNullOrEmpty(segment))
            {
                return false;
            }

            builder.Append('/').Append(Uri.EscapeDataString(segment));
        }

        return Uri.TryCreate(builder.ToString(), UriKind.Absolute, out uri);
    }

    /// <summary>True when <paramref name="serviceUrl"/> is an absolute http or https URL without query or fragment.</summary>
    public static bool TryParseServiceUrl(string? serviceUrl, out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(serviceUrl)
            || !Uri.TryCreate(serviceUrl.Trim(), UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp)
            || parsed.Query.Length > 0
            || parsed.Fragment.Length > 0
            || string.IsNullOrEmpty(parsed.Host))
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    /// <summary>The lower-case <c>scheme://host:port</c> of a URL: the unit the bot token is trusted to.</summary>
    public static string AuthorityOf(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}".ToLowerInvariant();
    }
}
