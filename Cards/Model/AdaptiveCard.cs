using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Teams;

namespace CoachBot.Cards.Model;

/// <summary>
/// An Adaptive Card (the subset of schema 1.5 that Teams renders). A new card says <c>version</c> "1.5" and
/// carries <c>$schema</c>; a card read from JSON keeps exactly what the JSON had (cards inside
/// <c>Action.ShowCard</c> usually have neither). Unknown properties are kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class AdaptiveCard : IJsonOnDeserialized, IHasExtensionData
{
    /// <summary>The value of <see cref="Type"/>.</summary>
    public const string TypeName = "AdaptiveCard";

    /// <summary>The highest card version Teams renders.</summary>
    public const string CurrentVersion = "1.5";

    /// <summary>The schema id every sent card names.</summary>
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    private string? _schema = SchemaUrl;
    private string? _version = CurrentVersion;
    private bool _schemaGiven;
    private bool _versionGiven;

    /// <summary>Always <c>AdaptiveCard</c>; reading checks it.</summary>
    [JsonPropertyOrder(-3)]
    public string Type { get; init; } = TypeName;

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string? Schema
    {
        get => _schema;
        init
        {
            _schema = value;
            _schemaGiven = true;
        }
    }

    [JsonPropertyOrder(-1)]
    public string? Version
    {
        get => _version;
        init
        {
            _version = value;
            _versionGiven = true;
        }
    }

    /// <summary>Text shown by clients that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    /// <summary>What a screen reader or speech client says for the card.</summary>
    public string? Speak { get; init; }

    /// <summary>The card's locale, e.g. <c>en</c>.</summary>
    public string? Lang { get; init; }

    /// <summary>Universal Actions refresh: re-fetches the card for the listed users (§4.2).</summary>
    public Refresh? Refresh { get; init; }

    public IList<CardElement>? Body { get; init; }

    public IList<CardAction>? Actions { get; init; }

    /// <summary>An action run when the card itself is selected (not Action.ShowCard).</summary>
    public CardAction? SelectAction { get; init; }

    /// <summary>Teams' card-level extensions: full width and mention entities (protocol.md §7).</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? Teams { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        // A card read from JSON keeps exactly what the JSON says: no default version or schema.
        if (!_schemaGiven)
        {
            _schema = null;
        }

        if (!_versionGiven)
        {
            _version = null;
        }
    }
}
