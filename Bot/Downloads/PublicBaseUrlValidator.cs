using System.Net;
using CoachBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Downloads;

/// <summary>
/// Start-up check of <c>Bot:PublicBaseUrl</c>: empty (no download links; exports come as cards), or an absolute https
/// address with no query, fragment or user name (plain http only for a loopback host, for trying CoachBot on one
/// machine). A download link carries its owner's data, so it must never travel over plain http on a network.
/// </summary>
internal sealed class PublicBaseUrlValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.PublicBaseUrl.Trim();
        if (value.Length == 0)
        {
            return ValidateOptionsResult.Success;
        }

        const string Example = "the address where people's browsers reach CoachBot, such as https://coachbot.example.org (or leave it empty: exports then come as a card)";
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return ValidateOptionsResult.Fail($"Bot:PublicBaseUrl (Bot__PublicBaseUrl) must be an absolute https URL: {Example}.");
        }

        if (uri.Scheme == "http" && !IsLoopback(uri))
        {
            return ValidateOptionsResult.Fail(
                $"Bot:PublicBaseUrl (Bot__PublicBaseUrl) must use https: download links carry people's data. Plain http is allowed only for localhost. Set {Example}.");
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return ValidateOptionsResult.Fail($"Bot:PublicBaseUrl (Bot__PublicBaseUrl) must have no query (?…), fragment (#…) or user name: {Example}.");
        }

        return ValidateOptionsResult.Success;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
