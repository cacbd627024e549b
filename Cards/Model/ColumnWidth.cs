using System.Globalization;
using System.Text.Json.Serialization;

namespace CoachBot.Cards.Model;

/// <summary>
/// The width of a column or table column: <c>"auto"</c>, <c>"stretch"</c>, a relative weight (a number) or a
/// pixel width such as <c>"50px"</c>. Written back in the form it was read (a weight read as the string "1"
/// stays a string).
/// </summary>
[JsonConverter(typeof(ColumnWidthJsonConverter))]
public sealed record ColumnWidth
{
    private ColumnWidth(string? text, double? weight)
    {
        Text = text;
        Weight = weight;
    }

    /// <summary>As narrow as the content.</summary>
    public static ColumnWidth Auto { get; } = new("auto", null);

    /// <summary>Takes the remaining space.</summary>
    public static ColumnWidth Stretch { get; } = new("stretch", null);

    /// <summary>The width as a JSON string, or null when it is a number.</summary>
    public string? Text { get; }

    /// <summary>The relative weight when written as a JSON number.</summary>
    public double? Weight { get; }

    /// <summary>A relative weight: columns share the width in proportion.</summary>
    public static ColumnWidth Relative(double weight) => new(null, weight);

    /// <summary>A fixed width in pixels.</summary>
    public static ColumnWidth Pixels(int pixels) => new(pixels.ToString(CultureInfo.InvariantCulture) + "px", null);

    /// <summary>A width as the schema writes it in a string (e.g. read from JSON).</summary>
    public static ColumnWidth FromText(string text) => new(text, null);

    public override string ToString() => Text ?? Weight!.Value.ToString(CultureInfo.InvariantCulture);
}
