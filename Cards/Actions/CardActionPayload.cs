using System.Buffers;
using System.Text.Json;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;

namespace CoachBot.Cards.Actions;

/// <summary>
/// Writes typed payloads into Action.Execute buttons and reads them back from the data Teams returns. Wire
/// rule: <c>data</c> is a JSON object holding <c>"verb"</c>, <c>"v"</c> (payload version) and
/// <c>"cardId"</c> (the card instance id) followed by the record's fields in camelCase. On submit Teams merges
/// the card's input values into the same object, keyed by input id.
/// </summary>
public static class CardActionPayload
{
    /// <summary>The data member holding the verb.</summary>
    public const string VerbProperty = "verb";

    /// <summary>The data member holding the payload version.</summary>
    public const string VersionProperty = "v";

    /// <summary>The data member holding the card instance id.</summary>
    public const string CardIdProperty = "cardId";

    /// <summary>An Action.Execute button for <paramref name="payload"/>; the verb comes from the payload type.</summary>
    public static ExecuteAction Execute<T>(string title, T payload, string cardId)
        where T : class, ICardActionPayload<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var data = DataUtf8(payload, cardId);

        // A lone surrogate in the payload's text was escaped as \uFFFD, which a parse-and-write turns into the character
        // itself: such data is kept parsed, so the card's bytes are the same either way.
        return data.AsSpan().IndexOf("\\uFFFD"u8) < 0
            ? new ExecuteAction { Title = title, Verb = T.Verb, DataUtf8 = data }
            : new ExecuteAction { Title = title, Verb = T.Verb, Data = JsonElement.Parse(data) };
    }

    /// <summary>The <c>data</c> object for <paramref name="payload"/> on card <paramref name="cardId"/>.</summary>
    /// <exception cref="InvalidOperationException">The record has a field named verb, v or cardId.</exception>
    public static JsonElement ToData<T>(T payload, string cardId)
        where T : class, ICardActionPayload<T> =>
        JsonElement.Parse(DataUtf8(payload, cardId));

    /// <summary>
    /// The <c>data</c> object's compact UTF-8 JSON, escaped as cards are (<see cref="CardJson"/>), so the card writer can copy
    /// it unchanged.
    /// </summary>
    internal static byte[] DataUtf8<T>(T payload, string cardId)
        where T : class, ICardActionPayload<T>
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentException.ThrowIfNullOrWhiteSpace(cardId);
        foreach (var property in T.JsonTypeInfo.Properties)
        {
            if (property.Name is VerbProperty or VersionProperty or CardIdProperty)
            {
                throw new InvalidOperationException($"{typeof(T).Name} has a field named '{property.Name}', which the action data reserves.");
            }
        }

        // The header members, then the record's own members spliced in after them: one serialization per button (a card
        // has up to a dozen buttons, and this runs on every answer). Both with the card writer's options, so the bytes are
        // what the card writer would write for the parsed element.
        var fieldsBuffer = new ArrayBufferWriter<byte>(256);
        using (var fieldsWriter = new Utf8JsonWriter(fieldsBuffer, CardJson.CompactWriterOptions))
        {
            JsonSerializer.Serialize(fieldsWriter, payload, T.JsonTypeInfo);
        }

        var fields = fieldsBuffer.WrittenSpan;
        var buffer = new ArrayBufferWriter<byte>(fields.Length + 96);
        using (var writer = new Utf8JsonWriter(buffer, CardJson.CompactWriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString(VerbProperty, T.Verb);
            writer.WriteNumber(VersionProperty, T.Version);
            writer.WriteString(CardIdProperty, cardId);

            // Left open: the record's members follow as they are.
        }

        if (fields.Length > 2) // compact: "{}" is an empty record
        {
            buffer.Write(","u8);
            buffer.Write(fields[1..]);
        }
        else
        {
            buffer.Write("}"u8);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The verb written in the data, or null when there is none.</summary>
    public static string? ReadVerb(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(VerbProperty, out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;

    /// <summary>
    /// Reads a <typeparamref name="T"/> from submitted data. Never throws on bad data: a wrong verb, missing
    /// card id or version, another payload version, or missing/mistyped fields give a failed result.
    /// </summary>
    public static CardActionReadResult<T> Read<T>(JsonElement data)
        where T : class, ICardActionPayload<T>
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return Failed<T>(CardActionReadStatus.NotAnObject, null, null, $"The action data is {data.ValueKind}, not an object.");
        }

        var verb = ReadVerb(data);
        if (verb != T.Verb)
        {
            return Failed<T>(CardActionReadStatus.WrongVerb, null, null, $"The action data's verb is '{verb}', not '{T.Verb}'.");
        }

        var cardId = data.TryGetProperty(CardIdProperty, out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        if (string.IsNullOrWhiteSpace(cardId))
        {
            return Failed<T>(CardActionReadStatus.MissingCardId, null, null, "The action data has no cardId.");
        }

        if (!data.TryGetProperty(VersionProperty, out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version))
        {
            return Failed<T>(CardActionReadStatus.MissingVersion, cardId, null, "The action data has no integer v.");
        }

        if (version != T.Version)
        {
            return Failed<T>(CardActionReadStatus.OtherVersion, cardId, version, $"The card carries {T.Verb} v{version}; this CoachBot reads v{T.Version}.");
        }

        try
        {
            var payload = data.Deserialize(T.JsonTypeInfo);
            return payload is null
                ? Failed<T>(CardActionReadStatus.InvalidFields, cardId, version, "The action data holds no payload.")
                : new CardActionReadResult<T>(CardActionReadStatus.Read, payload, cardId, version, null);
        }
        catch (JsonException exception)
        {
            return Failed<T>(CardActionReadStatus.InvalidFields, cardId, version, $"The {T.Verb} fields are invalid: {exception.Message}");
        }
    }

    private static CardActionReadResult<T> Failed<T>(CardActionReadStatus status, string? cardId, int? version, string error)
        where T : class =>
        new(status, null, cardId, version, error);
}
