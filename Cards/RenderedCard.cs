using System.Text.Json;
using CoachBot.Cards.Model;

namespace CoachBot.Cards;

/// <summary>
/// A card ready to send, with what is kept beside it rather than inside it: its stable kind name
/// (e.g. <c>welcome</c>, <c>role.answer</c>), the id of this card instance (carried by its actions, so a
/// submit can be matched to the card that was sent), and a plain-text summary for notifications.
/// A rendered card is not changed after it is built, so its JSON is made once: measured, then sent.
/// </summary>
public sealed record RenderedCard(string Kind, string InstanceId, AdaptiveCard Card, string Summary)
{
    private byte[]? _utf8Json;

    /// <summary>The card's compact UTF-8 JSON, serialized on first use (its length is the card's wire size).</summary>
    public ReadOnlySpan<byte> Utf8Json => Utf8JsonMemory.Span;

    /// <summary>The same JSON as <see cref="Utf8Json"/>, as memory that can be kept (it is never changed).</summary>
    public ReadOnlyMemory<byte> Utf8JsonMemory => _utf8Json ??= CardJson.SerializeToUtf8Bytes(Card);

    /// <summary>The card as a <see cref="JsonElement"/> (an attachment's content, an invoke response), parsed from <see cref="Utf8Json"/>.</summary>
    public JsonElement ToElement()
    {
        var reader = new Utf8JsonReader(Utf8Json);
        return JsonElement.ParseValue(ref reader);
    }

    // Equality is the record's declared members; the cached JSON is derived from them.
    public bool Equals(RenderedCard? other) =>
        other is not null && Kind == other.Kind && InstanceId == other.InstanceId && Equals(Card, other.Card) && Summary == other.Summary;

    public override int GetHashCode() => HashCode.Combine(Kind, InstanceId, Card, Summary);
}
