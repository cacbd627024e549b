using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoachBot.Cards.Model;

/// <summary>
/// The one way in and out of JSON for cards. Output is compact UTF-8 with accented and non-Latin letters left
/// readable (emoji are still <c>\u</c>-escaped, as the standard encoders do), which is also how card sizes
/// are measured. Reading never throws on bad input
/// through the <c>Try</c> methods.
/// </summary>
public static class CardJson
{
    private static readonly JsonWriterOptions CompactWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The options of compact card JSON (also used for button data, which the card writer copies as it is).</summary>
    internal static JsonWriterOptions CompactWriterOptions => CompactWriter;
    private static readonly JsonWriterOptions IndentedWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, IndentSize = 2 };

    /// <summary>The card as UTF-8 JSON bytes (compact unless <paramref name="indented"/>).</summary>
    public static byte[] SerializeToUtf8Bytes(AdaptiveCard card, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(card);

        // Into a pooled buffer, copied out once, by the hand-written writer (the same bytes as the context, faster).
        using var buffer = new PooledBufferWriter(8 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedWriter : CompactWriter))
        {
            CardWriter.Write(writer, card);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The card as a JSON string (compact unless <paramref name="indented"/>).</summary>
    public static string Serialize(AdaptiveCard card, bool indented = false) =>
        Encoding.UTF8.GetString(SerializeToUtf8Bytes(card, indented));

    /// <summary>The card as a <see cref="JsonElement"/>, for an attachment's <c>content</c> or an invoke response.</summary>
    public static JsonElement ToElement(AdaptiveCard card)
    {
        // Parsed from the bytes a send writes, so whatever checks the element checks what goes on the wire.
        return JsonElement.Parse(SerializeToUtf8Bytes(card));
    }

    /// <summary>The size the card takes on the wire: UTF-8 bytes of its compact JSON.</summary>
    public static int MeasureBytes(AdaptiveCard card) => SerializeToUtf8Bytes(card).Length;

    /// <summary>Reads a card; false with a one-line reason for malformed JSON, a wrong shape or an unknown type.</summary>
    public static bool TryDeserialize(string json, [NotNullWhen(true)] out AdaptiveCard? card, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            card = JsonSerializer.Deserialize(json, CardJsonContext.Default.AdaptiveCard);
        }
        catch (JsonException exception)
        {
            return Fail(exception, out card, out error);
        }
        catch (NotSupportedException exception)
        {
            return Fail(exception, out card, out error);
        }

        return Check(ref card, out error);
    }

    /// <summary>Reads a card from a JSON element (e.g. an attachment's content); see <see cref="TryDeserialize(string, out AdaptiveCard?, out string?)"/>.</summary>
    public static bool TryDeserialize(JsonElement json, [NotNullWhen(true)] out AdaptiveCard? card, [NotNullWhen(false)] out string? error)
    {
        try
        {
            card = json.Deserialize(CardJsonContext.Default.AdaptiveCard);
        }
        catch (JsonException exception)
        {
            return Fail(exception, out card, out error);
        }
        catch (NotSupportedException exception)
        {
            return Fail(exception, out card, out error);
        }

        return Check(ref card, out error);
    }

    /// <summary>Reads a card, throwing <see cref="JsonException"/> with the reason when it cannot.</summary>
    public static AdaptiveCard Deserialize(string json) =>
        TryDeserialize(json, out var card, out var error) ? card : throw new JsonException(error);

    private static bool Check([NotNullWhen(true)] ref AdaptiveCard? card, [NotNullWhen(false)] out string? error)
    {
        error = card is null ? "The JSON is null, not a card."
            : card.Type != AdaptiveCard.TypeName ? $"The JSON's type is '{card.Type}', not '{AdaptiveCard.TypeName}'."
            : null;
        if (error is not null)
        {
            card = null;
        }

        return error is null;
    }

    private static bool Fail(Exception exception, out AdaptiveCard? card, out string? error)
    {
        card = null;
        error = "Not a readable Adaptive Card: " + exception.Message;
        return false;
    }
}
