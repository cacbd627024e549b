using System.ComponentModel.DataAnnotations;

namespace CoachBot.Bot.Hosting;

/// <summary>
/// The bot's identity and how it authenticates (section <c>Bot</c>). Secrets come from environment
/// variables (<c>Bot__AppPassword</c>) or user-secrets, never from a committed file.
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The Microsoft App ID (Entra application/client id) of the Azure Bot. Empty = anonymous mode.</summary>
    public string AppId { get; set; } = "";

    /// <summary>The Entra tenant of a single-tenant bot; empty for a (legacy) multi-tenant bot.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Client secret for outbound tokens (or use <see cref="CertificatePath"/>).</summary>
    public string AppPassword { get; set; } = "";

    /// <summary>Path to a PFX certificate used instead of a client secret.</summary>
    public string CertificatePath { get; set; } = "";

    /// <summary>Password of the PFX certificate, if it has one.</summary>
    public string CertificatePassword { get; set; } = "";

    /// <summary>
    /// Accept requests without a token outside Development. Only honoured while <see cref="AppId"/> is empty.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>OpenID metadata of the Bot Framework channel (change for sovereign clouds).</summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of Bot Framework channel tokens.</summary>
    [Required]
    public string TokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Allowed clock skew when checking token lifetimes (bounded to 10 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Token endpoint authority host for outbound tokens (sovereign clouds override it).</summary>
    [Required]
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Scope of outbound bot tokens.</summary>
    [Required]
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Extra service URLs the bot may send its token to (e.g. a local test connector).</summary>
    public List<string> AdditionalServiceUrls { get; set; } = [];

    /// <summary>Largest request body accepted on /api/messages, in bytes.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long processed activity ids are remembered to drop Teams' redeliveries.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan RedeliveryWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The address where people's browsers reach CoachBot (https, e.g. <c>https://coachbot.example.org</c>): one-time
    /// download links of exports point under it (<c>/download</c>). Empty = no links; exports come as a card instead.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>True when no app id is configured: inbound tokens are not checked and outbound calls carry none.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);
}
