using System.Security;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model.Teams;

/// <summary>
/// A mention in a card: <see cref="Text"/> (<c>&lt;at&gt;Name&lt;/at&gt;</c>) must appear verbatim in a TextBlock or
/// fact of the card, or Teams ignores the mention (protocol.md §1.5).
/// </summary>
public sealed class MentionEntity : IHasExtensionData
{
    /// <summary>The entity type; always <c>mention</c>.</summary>
    public string Type { get; init; } = "mention";

    /// <summary>The mention markup, e.g. <c>&lt;at&gt;Ada Lovelace&lt;/at&gt;</c>.</summary>
    public string? Text { get; init; }

    public MentionedAccount? Mentioned { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>
    /// A mention of a user by their Teams id (<c>29:…</c>), Entra object id or UPN, with the display name
    /// XML-escaped inside the <c>&lt;at&gt;</c> markup. Put <see cref="Text"/> into the card's text.
    /// </summary>
    public static MentionEntity Create(string userId, string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(displayName);
        return new MentionEntity
        {
            Text = "<at>" + SecurityElement.Escape(displayName) + "</at>",
            Mentioned = new MentionedAccount { Id = userId, Name = displayName },
        };
    }
}
