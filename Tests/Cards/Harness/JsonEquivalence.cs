using System.Text.Json;

namespace CoachBot.Tests.Cards.Harness;

/// <summary>
/// Structural JSON comparison: object members in any order, arrays in order, numbers by value, strings and
/// literals exactly. Returns the path of the first difference so a failing round trip says where.
/// </summary>
public static class JsonEquivalence
{
    /// <summary>Null when equivalent; otherwise a path and a description of the first difference.</summary>
    public static string? FindDifference(JsonElement expected, JsonElement actual) => Compare(expected, actual, "$");

    private static string? Compare(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: expected {expected.ValueKind} {Show(expected)}, got {actual.ValueKind} {Show(actual)}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                return CompareObjects(expected, actual, path);
            case JsonValueKind.Array:
                var expectedItems = expected.EnumerateArray().ToList();
                var actualItems = actual.EnumerateArray().ToList();
                if (expectedItems.Count != actualItems.Count)
                {
                    return $"{path}: expected {expectedItems.Count} items, got {actualItems.Count}";
                }

                for (var i = 0; i < expectedItems.Count; i++)
                {
                    var difference = Compare(expectedItems[i], actualItems[i], $"{path}[{i}]");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Number:
                return expected.GetDecimal() == actual.GetDecimal() ? null : $"{path}: expected {expected} got {actual}";
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{path}: expected {Show(expected)} got {Show(actual)}";
            default:
                return null;
        }
    }

    private static string? CompareObjects(JsonElement expected, JsonElement actual, string path)
    {
        var expectedMembers = expected.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var actualMembers = actual.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        foreach (var (name, value) in expectedMembers)
        {
            if (!actualMembers.TryGetValue(name, out var other))
            {
                return $"{path}.{name}: missing";
            }

            var difference = Compare(value, other, $"{path}.{name}");
            if (difference is not null)
            {
                return difference;
            }
        }

        var extra = actualMembers.Keys.Except(expectedMembers.Keys, StringComparer.Ordinal).FirstOrDefault();
        return extra is null ? null : $"{path}.{extra}: unexpected member {Show(actualMembers[extra])}";
    }

    private static string Show(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 80 ? text : text[..80] + "…";
    }
}
