using System.Text.Json.Nodes;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Cards.Harness;

/// <summary>
/// The schema part of the harness: where ../shared is absent these tests show as skipped, which is the visible
/// sign that cards were checked without the schema there.
/// </summary>
public sealed class SchemaValidatorTests
{
    [Fact]
    public void Schema_IsLoadedFromShared()
    {
        SharedFolder.RequirePath(SchemaValidator.RelativePath);

        Assert.True(SchemaValidator.IsAvailable);
    }

    [Fact]
    public void Validate_OfficialSample_IsValid()
    {
        var path = SharedFolder.RequirePath("fixtures/cards/v1.5-FoodOrder.json");

        Assert.Empty(SchemaValidator.Validate(JsonNode.Parse(File.ReadAllText(path))!));
    }

    [Theory]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","wrap":true}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Media","sources":[]}],"msteams":{"width":"Full"}}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","colour":"red"}]}""")]
    public void Validate_BrokenCard_HasErrors(string json)
    {
        SharedFolder.RequirePath(SchemaValidator.RelativePath);

        Assert.NotEmpty(SchemaValidator.Validate(JsonNode.Parse(json)!));
    }
}
