using CoachBot.Cards;
using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;

namespace CoachBot.Tests.Cards.Harness;

/// <summary>
/// The checks every CoachBot card goes through. Call <see cref="AssertValid"/> from any feature's card tests:
/// <list type="number">
/// <item><see cref="CardRules"/>: identity (kind = first container id), ≤ 28 KB, input labels and error
/// messages, image alt text, no status by colour alone, wrapping text, unique ids, button titles, typed
/// Action.Execute data carrying verb / v / the card's instance id, a plain one-line summary and fallbackText.</item>
/// <item><see cref="TeamsExtensionRules"/>: only the documented <c>msteams</c> properties (protocol.md §7, §4.3).</item>
/// <item>A lossless round trip through <see cref="CardJson"/>.</item>
/// <item>The Adaptive Card 1.5 JSON schema (NJsonSchema), after removing only the documented card- and
/// image-level <c>msteams</c> objects. This part needs ../shared; without it the other checks still run.</item>
/// </list>
/// </summary>
public static class CardHarness
{
    /// <summary>Fails the test with every problem of <paramref name="card"/> and its JSON.</summary>
    public static void AssertValid(RenderedCard card)
    {
        var problems = FindProblems(card);
        if (problems.Count > 0)
        {
            Assert.Fail($"Card '{card.Kind}' breaks {problems.Count} rule(s):{Environment.NewLine}- " +
                string.Join(Environment.NewLine + "- ", problems) + Environment.NewLine + CardJson.Serialize(card.Card, indented: true));
        }
    }

    /// <summary>Every problem the harness finds in <paramref name="card"/>, schema errors included when available.</summary>
    public static IReadOnlyList<string> FindProblems(RenderedCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var problems = CardRules.Check(card).Select(problem => problem.ToString()).ToList();
        var json = CardJson.ToElement(card.Card);
        problems.AddRange(TeamsExtensionRules.Check(json).Select(problem => problem.ToString()));

        var written = CardJson.Serialize(card.Card);
        if (!CardJson.TryDeserialize(written, out var read, out var error))
        {
            problems.Add($"[round-trip] the card's own JSON does not read back: {error}");
        }
        else if (CardJson.Serialize(read) != written)
        {
            problems.Add("[round-trip] the card's JSON changes when read and written again.");
        }

        problems.AddRange(SchemaValidator.Validate(TeamsExtensionRules.WithoutCardAndImageExtensions(json)).Select(error => "[schema] " + error));
        return problems;
    }
}
