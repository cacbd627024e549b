using CoachBot.Bot.Hosting;
using Microsoft.Extensions.Hosting;

namespace CoachBot.Bot.Protocol.Auth;

/// <summary>
/// The one rule for anonymous requests: they are accepted only when <c>Bot:AppId</c> is empty AND
/// (the environment is Development OR <c>Bot:AllowUnauthenticated=true</c>). With an app id set,
/// every request needs a valid token and the flag is ignored.
/// </summary>
public static class AnonymousAccessRule
{
    /// <summary>True when requests without a token may run turns.</summary>
    public static bool IsPermitted(BotOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        return options.IsAnonymous && (environment.IsDevelopment() || options.AllowUnauthenticated);
    }

    /// <summary>True when the configuration cannot start: no app id, not Development, and no opt-in flag.</summary>
    public static bool IsForbiddenConfiguration(BotOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.IsAnonymous && !IsPermitted(options, environment);
    }
}
