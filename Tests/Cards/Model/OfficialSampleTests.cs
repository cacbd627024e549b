using System.Text.Json;
using CoachBot.Cards.Model;
using CoachBot.Tests.Cards.Harness;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Cards.Model;

/// <summary>
/// The official Adaptive Card samples in ../shared/fixtures/cards read into the typed model and write back
/// equivalent JSON (member order aside): nothing typed is lost and unknown properties survive.
/// </summary>
public sealed class OfficialSampleTests
{
    /// <summary>The samples listed in fixtures/SOURCES.md.</summary>
    private static readonly string[] SampleNames =
    [
        "v1.2-Action.ToggleVisibility.json",
        "v1.4-Action.Execute.json",
        "v1.5-ActivityUpdate.json",
        "v1.5-ExpenseReport.json",
        "v1.5-FlightDetails.json",
        "v1.5-FoodOrder.json",
        "v1.5-InputForm.json",
        "v1.5-InputsWithValidation.json",
        "v1.5-OrderConfirmation.json",
        "v1.5-ShowCardWizard.json",
    ];

    public static TheoryData<string> Samples => new(SampleNames);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_ReadAndWrittenBack_IsEquivalent(string fileName)
    {
        var path = SharedFolder.RequirePath(Path.Combine("fixtures", "cards", fileName));
        var original = File.ReadAllText(path);

        Assert.True(CardJson.TryDeserialize(original, out var card, out var error), error);
        var written = CardJson.Serialize(card);

        using var expected = JsonDocument.Parse(original, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        using var actual = JsonDocument.Parse(written);
        var difference = JsonEquivalence.FindDifference(expected.RootElement, actual.RootElement);
        Assert.True(difference is null, $"{fileName}: {difference}");
    }

    [Fact]
    public void SampleFolder_HoldsNoSampleThisTestMisses()
    {
        var folder = SharedFolder.RequirePath(Path.Combine("fixtures", "cards"));
        var known = SampleNames.ToHashSet(StringComparer.Ordinal);

        var missed = Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).Where(name => !known.Contains(name!)).ToList();

        Assert.Empty(missed);
    }
}
