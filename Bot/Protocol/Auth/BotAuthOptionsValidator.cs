using CoachBot.Bot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Protocol.Auth;

/// <summary>
/// Start-up checks of <see cref="BotOptions"/> for inbound authentication: the anonymous-mode rule
/// (<see cref="AnonymousAccessRule"/>), the app id's shape and the token-validation settings. Runs with the
/// lead's <c>ValidateOnStart()</c>, so a misconfigured host fails before it listens.
/// </summary>
internal sealed class BotAuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    internal static readonly TimeSpan MaximumClockSkew = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (AnonymousAccessRule.IsForbiddenConfiguration(options, environment))
        {
            failures.Add(
                $"Bot:AppId is empty, so inbound authentication would be off, and the environment is '{environment.EnvironmentName}' (not Development). " +
                "Set Bot:AppId (environment variable Bot__AppId) to the Azure Bot's Microsoft App ID, " +
                "or, only for a deliberately unauthenticated test deployment, set Bot:AllowUnauthenticated=true (environment variable Bot__AllowUnauthenticated=true).");
        }

        if (!options.IsAnonymous)
        {
            if (!Guid.TryParseExact(options.AppId.Trim(), "D", out _))
            {
                failures.Add("Bot:AppId (Bot__AppId) must be the Azure Bot's Microsoft App ID, a GUID like 00000000-0000-0000-0000-000000000000.");
            }

            if (!Uri.TryCreate(options.OpenIdMetadataUrl, UriKind.Absolute, out var metadata) || metadata.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add("Bot:OpenIdMetadataUrl (Bot__OpenIdMetadataUrl) must be an absolute https URL of the Bot Framework OpenID metadata.");
            }

            if (string.IsNullOrWhiteSpace(options.TokenIssuer))
            {
                failures.Add("Bot:TokenIssuer (Bot__TokenIssuer) must name the issuer of Bot Framework channel tokens, e.g. https://api.botframework.com.");
            }
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > MaximumClockSkew)
        {
            failures.Add("Bot:ClockSkew (Bot__ClockSkew) must be between 00:00:00 and 00:10:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
