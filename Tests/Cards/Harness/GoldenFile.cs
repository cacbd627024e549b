using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Cards;
using CoachBot.Cards.Model;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Cards.Harness;

/// <summary>
/// Golden JSON files under <c>Tests/Cards/Golden/</c> in the source tree. A card is written as
/// <c>{kind, instanceId, summary, card}</c>, indented, and compared as exact text (line endings normalised).
/// Set <c>COACHBOT_UPDATE_GOLDEN=1</c> to re-write the files on purpose, then review the diff before committing.
/// </summary>
public static partial class GoldenFile
{
    /// <summary>The environment variable that re-writes golden files instead of comparing.</summary>
    public const string UpdateVariable = "COACHBOT_UPDATE_GOLDEN";

    /// <summary>The folder of golden files in the source tree.</summary>
    public static string Folder => Path.Combine(SharedFolder.RepositoryRoot, "Tests", "Cards", "Golden");

    /// <summary>Compares <paramref name="card"/> with <c>Golden/{name}.json</c>.</summary>
    public static void AssertMatches(string name, RenderedCard card) => AssertMatches(name, Render(card));

    /// <summary>Compares <paramref name="actual"/> text with <c>Golden/{name}.json</c>.</summary>
    public static void AssertMatches(string name, string actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        Assert.True(NamePattern().IsMatch(name), $"Golden file name '{name}' must be lower-case letters, digits, '.' and '-'.");
        var path = Path.Combine(Folder, name + ".json");
        var normalised = Normalise(actual);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, normalised, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing. Run the test with {UpdateVariable}=1 to write it, then review it.");
        var expected = Normalise(File.ReadAllText(path));
        if (expected != normalised)
        {
            Assert.Fail($"{name}.json differs from the golden file ({FirstDifference(expected, normalised)}). " +
                $"If the change is intended, re-run with {UpdateVariable}=1 and review the diff.{Environment.NewLine}Actual:{Environment.NewLine}{normalised}");
        }
    }

    /// <summary>The golden text of a card: its kind, instance id, summary and indented card JSON.</summary>
    public static string Render(RenderedCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", card.Kind);
            writer.WriteString("instanceId", card.InstanceId);
            writer.WriteString("summary", card.Summary);
            writer.WritePropertyName("card");
            JsonSerializer.Serialize(writer, card.Card, CardJsonContext.Default.AdaptiveCard);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}: expected `{e.Trim()}`, got `{a.Trim()}`";
            }
        }

        return "no line differs";
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.\-]*$")]
    private static partial Regex NamePattern();
}
