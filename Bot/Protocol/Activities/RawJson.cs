using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Bot.Protocol.Activities;

/// <summary>
/// A JSON value inside an activity that CoachBot does not model: read from the wire as a <see cref="JsonElement"/>, or
/// made from JSON that is already serialized (a rendered card's UTF-8), which is written out as it is. A card is
/// serialized once, to measure it; parsing it back into an element only to write it again cost about 5 % of a Q&amp;A
/// turn's CPU.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private JsonElement? _element;

    private RawJson(ReadOnlyMemory<byte> utf8, JsonElement? element)
    {
        _utf8 = utf8;
        _element = element;
    }

    /// <summary>
    /// A value read from the wire. The element must own its data (<see cref="JsonElement.ParseValue"/> gives one that
    /// does), so it is kept without a copy.
    /// </summary>
    internal static RawJson FromParsed(JsonElement element) => new(ReadOnlyMemory<byte>.Empty, element);

    /// <summary>
    /// A value from its compact UTF-8 JSON, which must be one valid JSON value (a rendered card is: the card serializer
    /// wrote it). The bytes are written as they are and must not change afterwards.
    /// </summary>
    public static RawJson FromUtf8(ReadOnlyMemory<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            throw new ArgumentException("Raw JSON needs a value.", nameof(utf8));
        }

        return new RawJson(utf8, null);
    }

    /// <summary>The value as an element (parsed on first use when it was made from UTF-8; readers, not the send path).</summary>
    public JsonElement Element => _element ??= JsonElement.Parse(_utf8.Span);

    /// <summary>The kind of the value.</summary>
    public JsonValueKind ValueKind => Element.ValueKind;

    internal void WriteTo(Utf8JsonWriter writer)
    {
        if (_element is { } element)
        {
            element.WriteTo(writer);
        }
        else
        {
            writer.WriteRawValue(_utf8.Span, skipInputValidation: true);
        }
    }

}

/// <summary>Reads a <see cref="RawJson"/> as an element; writes it as it is.</summary>
public sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RawJson.FromParsed(JsonElement.ParseValue(ref reader));

    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        value.WriteTo(writer);
    }
}
