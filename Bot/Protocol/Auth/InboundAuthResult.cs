using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace CoachBot.Bot.Protocol.Auth;

/// <summary>
/// The outcome of <see cref="IInboundAuthenticator.AuthenticateAsync"/>: an authenticated caller, an
/// anonymous caller (auth off by the anonymous-mode rule), or a failure with an internal reason.
/// </summary>
public sealed class InboundAuthResult
{
    private InboundAuthResult(ClaimsIdentity? identity, string? appId, bool isAnonymous, InboundAuthFailureReason failureReason)
    {
        Identity = identity;
        AppId = appId;
        IsAnonymous = isAnonymous;
        FailureReason = failureReason;
    }

    /// <summary>True when the request may run a turn.</summary>
    [MemberNotNullWhen(true, nameof(Identity))]
    public bool Succeeded => FailureReason == InboundAuthFailureReason.None;

    /// <summary>True when the request was accepted without a token (anonymous mode).</summary>
    public bool IsAnonymous { get; }

    /// <summary>
    /// The validated token's identity (claims of the Bot Framework token); an empty, unauthenticated
    /// identity for anonymous requests; null on failure.
    /// </summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>The bot's app id the token was issued for (its audience); null when anonymous or failed.</summary>
    public string? AppId { get; }

    /// <summary>Why the request was refused; <see cref="InboundAuthFailureReason.None"/> on success.</summary>
    public InboundAuthFailureReason FailureReason { get; }

    /// <summary>A request with a valid Bot Framework token.</summary>
    public static InboundAuthResult Authenticated(ClaimsIdentity identity, string appId)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        return new InboundAuthResult(identity, appId, isAnonymous: false, InboundAuthFailureReason.None);
    }

    /// <summary>A request without a token, accepted because authentication is off.</summary>
    public static InboundAuthResult Anonymous() =>
        new(new ClaimsIdentity(), appId: null, isAnonymous: true, InboundAuthFailureReason.None);

    /// <summary>A refused request.</summary>
    public static InboundAuthResult Failed(InboundAuthFailureReason reason)
    {
        if (reason == InboundAuthFailureReason.None)
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "A failure needs a reason.");
        }

        return new InboundAuthResult(identity: null, appId: null, isAnonymous: false, reason);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Succeeded ? (IsAnonymous ? "anonymous" : "authenticated") : $"failed: {FailureReason}";
}
