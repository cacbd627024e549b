using System.Text.Json;
using CoachBot.Cards.Checks;

namespace CoachBot.Tests.Cards.Harness;

/// <summary>Only the msteams properties protocol.md §7 and §4.3 document pass; the schema sees the card without them.</summary>
public sealed class TeamsExtensionRulesTests
{
    private const string Documented =
        """
        {"type":"AdaptiveCard","version":"1.5",
         "body":[{"type":"TextBlock","text":"Hi <at>Sam</at>","wrap":true},
                 {"type":"Image","url":"https://example.org/a.png","altText":"a","msteams":{"allowExpand":true}},
                 {"type":"ImageSet","images":[{"url":"https://example.org/b.png","altText":"b","msteams":{"allowExpand":false}}]},
                 {"type":"ActionSet","actions":[
                    {"type":"Action.Submit","title":"Help","data":{"msteams":{"type":"imBack","value":"help"}}},
                    {"type":"Action.Submit","title":"Roles","data":{"extra":1,"msteams":{"type":"messageBack","text":"roles","displayText":"Roles","value":{"a":1}}}}]}],
         "msteams":{"width":"Full","entities":[{"type":"mention","text":"<at>Sam</at>","mentioned":{"id":"29:sam","name":"Sam"}}]}}
        """;

    [Fact]
    public void Check_DocumentedExtensions_HaveNoProblems()
    {
        using var card = JsonDocument.Parse(Documented);

        Assert.Empty(TeamsExtensionRules.Check(card.RootElement));
    }

    [Theory]
    [InlineData("""{"type":"AdaptiveCard","msteams":{"width":"Wide"}}""", "width")]
    [InlineData("""{"type":"AdaptiveCard","msteams":{"theme":"dark"}}""", "theme")]
    [InlineData("""{"type":"AdaptiveCard","msteams":"Full"}""", "object")]
    [InlineData("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"x","msteams":{"width":"Full"}}]}""", "only documented")]
    [InlineData("""{"type":"AdaptiveCard","body":[{"type":"Image","url":"u","msteams":{"allowExpand":"yes"}}]}""", "allowExpand")]
    [InlineData("""{"type":"AdaptiveCard","actions":[{"type":"Action.Submit","data":{"msteams":{"type":"invoke","value":{}}}}]}""", "invoke")]
    [InlineData("""{"type":"AdaptiveCard","actions":[{"type":"Action.Submit","data":{"msteams":{"type":"imBack","value":"x","text":"y"}}}]}""", "'text'")]
    [InlineData("""{"type":"AdaptiveCard","actions":[{"type":"Action.Execute","data":{"msteams":{"type":"imBack","value":"x"}}}]}""", "only documented")]
    [InlineData("""{"type":"AdaptiveCard","msteams":{"entities":[{"type":"mention","text":"<at>Ghost</at>","mentioned":{"id":"29:g","name":"Ghost"}}]}}""", "appears in no text")]
    [InlineData("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Sam"}],"msteams":{"entities":[{"type":"mention","text":"Sam","mentioned":{"id":"29:s","name":"Sam"}}]}}""", "<at>")]
    [InlineData("""{"type":"AdaptiveCard","msteams":{"entities":[{"type":"clientInfo","locale":"en-US"}]}}""", "mention")]
    public void Check_UndocumentedOrMalformedExtension_IsAProblem(string json, string messageMentions)
    {
        using var card = JsonDocument.Parse(json);

        var problems = TeamsExtensionRules.Check(card.RootElement);

        Assert.Contains(problems, problem => problem.ToString().Contains(messageMentions, StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutCardAndImageExtensions_RemovesOnlyThoseAndKeepsSubmitData()
    {
        using var card = JsonDocument.Parse(Documented);

        var stripped = TeamsExtensionRules.WithoutCardAndImageExtensions(card.RootElement).ToJsonString();

        Assert.DoesNotContain("allowExpand", stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("\"width\"", stripped, StringComparison.Ordinal);
        Assert.Contains("imBack", stripped, StringComparison.Ordinal);
        Assert.Contains("messageBack", stripped, StringComparison.Ordinal);
    }
}
