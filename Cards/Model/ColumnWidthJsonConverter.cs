using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>Reads and writes <see cref="ColumnWidth"/> as a JSON string or number.</summary>
public sealed class ColumnWidthJsonConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => ColumnWidth.Relative(reader.GetDouble()),
            JsonTokenType.String => ColumnWidth.FromText(reader.GetString()!),
            _ => throw new JsonException("A column width must be a string (\"auto\", \"stretch\", \"50px\") or a number."),
        };

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
        }
        else
        {
            writer.WriteNumberValue(value.Weight!.Value);
        }
    }
}
