using System.Text.Json;
using CoachBot.Cards.Views.Reflections;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>
/// What the reflection form sent, read leniently: Teams and the Playground send inputs as strings, leave empty ones
/// out, and a multi-select as comma-separated values; a number or an array is read too. Nothing here throws.
/// </summary>
public sealed record ReflectionFormValues(
    string? Text,
    IReadOnlyList<string> Roles,
    bool Diverted,
    string? WentWell,
    string? NextStep,
    string? Minutes,
    string? Goal = null)
{
    public static ReflectionFormValues Read(JsonElement data) => new(
        Value(data, ReflectionFormCard.TextId),
        RoleValues(data),
        Value(data, ReflectionFormCard.DivertedId) is { } diverted && diverted.Trim().Equals(ReflectionFormCard.DivertedOn, StringComparison.OrdinalIgnoreCase),
        Value(data, ReflectionFormCard.WentWellId),
        Value(data, ReflectionFormCard.NextStepId),
        Value(data, ReflectionFormCard.MinutesId),
        Value(data, ReflectionFormCard.GoalId));

    private static IReadOnlyList<string> RoleValues(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(ReflectionFormCard.RolesId, out var roles))
        {
            return [];
        }

        IEnumerable<string?> values = roles.ValueKind switch
        {
            JsonValueKind.String => roles.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            JsonValueKind.Array => roles.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText()),
            _ => [roles.GetRawText()],
        };
        return [.. values.Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value!.Trim()).Distinct(StringComparer.Ordinal).Take(20)];
    }

    private static string? Value(JsonElement data, string name)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
    }
}
