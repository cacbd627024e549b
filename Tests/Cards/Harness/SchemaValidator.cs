using System.Text.Json.Nodes;
using CoachBot.Tests.Infrastructure;
using NJsonSchema;

namespace CoachBot.Tests.Cards.Harness;

/// <summary>
/// Validates card JSON against the official Adaptive Card 1.5 schema in
/// <c>../shared/fixtures/schemas/adaptive-card-1.5.0.schema.json</c>, loaded once. Where ../shared is absent
/// the validator is unavailable and <see cref="CardHarness"/> runs every other check without it;
/// <c>SchemaValidatorTests</c> then shows as skipped, so the gap is visible. CI has ../shared.
/// </summary>
public static class SchemaValidator
{
    /// <summary>The schema's path under ../shared.</summary>
    public const string RelativePath = "fixtures/schemas/adaptive-card-1.5.0.schema.json";

    private static readonly Lazy<JsonSchema?> Schema = new(Load);

    /// <summary>True when the schema file is present.</summary>
    public static bool IsAvailable => Schema.Value is not null;

    /// <summary>The schema errors of <paramref name="card"/>; empty when valid or when the schema is unavailable.</summary>
    public static IReadOnlyList<string> Validate(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var schema = Schema.Value;
        if (schema is null)
        {
            return [];
        }

        return schema.Validate(card.ToJsonString()).Select(error => error.ToString()).ToList();
    }

    private static JsonSchema? Load()
    {
        var root = SharedFolder.Path;
        var path = root is null ? null : Path.Combine(root, RelativePath);
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        // Off the test's synchronisation context, so blocking on the load cannot deadlock.
        return Task.Run(() => JsonSchema.FromFileAsync(path)).GetAwaiter().GetResult();
    }
}
