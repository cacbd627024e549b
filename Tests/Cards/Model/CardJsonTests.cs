using System.Text.Json;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Model.Teams;
using CoachBot.Tests.Cards.Harness;

namespace CoachBot.Tests.Cards.Model;

public sealed class CardJsonTests
{
    [Fact]
    public void Serialize_NewCard_WritesTypeSchemaAndVersion15AndOmitsUnsetProperties()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Hello", Wrap = true }] };

        AssertJson(
            """
            {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
             "body":[{"type":"TextBlock","text":"Hello","wrap":true}]}
            """,
            CardJson.Serialize(card));
    }

    [Fact]
    public void Serialize_Enums_AreSpelledAsTheSchemaSpellsThem()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = "⚠️ Warning: late", Wrap = true, Spacing = Spacing.ExtraLarge, Color = TextColor.Attention, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
                new ChoiceSetInput { Id = "c", Label = "Pick", Style = ChoiceInputStyle.Expanded, Choices = [new Choice { Title = "A", Value = "a" }] },
            ],
            Actions = [new SubmitAction { Title = "Go", AssociatedInputs = AssociatedInputs.None, Mode = ActionMode.Secondary }],
            Teams = new TeamsCardProperties { Width = CardWidth.Full },
        };

        using var json = JsonDocument.Parse(CardJson.Serialize(card));
        var root = json.RootElement;
        var text = root.GetProperty("body")[0];
        Assert.Equal("extraLarge", text.GetProperty("spacing").GetString());
        Assert.Equal("attention", text.GetProperty("color").GetString());
        Assert.Equal("bolder", text.GetProperty("weight").GetString());
        Assert.Equal("heading", text.GetProperty("style").GetString());
        Assert.Equal("expanded", root.GetProperty("body")[1].GetProperty("style").GetString());
        Assert.Equal("None", root.GetProperty("actions")[0].GetProperty("associatedInputs").GetString());
        Assert.Equal("secondary", root.GetProperty("actions")[0].GetProperty("mode").GetString());
        Assert.Equal("Full", root.GetProperty("msteams").GetProperty("width").GetString());
    }

    [Fact]
    public void Deserialize_EnumsInAnyLetterCase_AreRead()
    {
        var card = CardJson.Deserialize(
            """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","size":"Medium","weight":"BOLDER","spacing":"extralarge"}]}""");

        var text = Assert.IsType<TextBlock>(Assert.Single(card.Body!));
        Assert.Equal(TextSize.Medium, text.Size);
        Assert.Equal(TextWeight.Bolder, text.Weight);
        Assert.Equal(Spacing.ExtraLarge, text.Spacing);
    }

    [Fact]
    public void Deserialize_TypeAfterOtherMembers_IsRead()
    {
        var card = CardJson.Deserialize("""{"body":[{"text":"late type","wrap":true,"type":"TextBlock"}],"version":"1.5","type":"AdaptiveCard"}""");

        Assert.Equal("late type", Assert.IsType<TextBlock>(Assert.Single(card.Body!)).Text);
    }

    [Fact]
    public void RoundTrip_UnknownProperties_AreKeptWhereTheyWere()
    {
        const string json =
            """
            {"type":"AdaptiveCard","version":"1.5","rtl":false,
             "body":[{"type":"Container","minHeight":"40px","requires":{"adaptiveCards":"1.5"},"fallback":"drop",
                      "items":[{"type":"TextBlock","text":"x","futureThing":{"a":[1,2]}}]}],
             "actions":[{"type":"Action.OpenUrl","title":"Site","url":"https://example.org","role":"link"}]}
            """;

        var card = CardJson.Deserialize(json);

        var container = Assert.IsType<Container>(Assert.Single(card.Body!));
        Assert.Equal("40px", container.MinHeight);
        Assert.True(container.AdditionalProperties!.ContainsKey("requires"));
        Assert.Equal("link", card.Actions![0].AdditionalProperties!["role"].GetString());
        AssertJson(json, CardJson.Serialize(card));
    }

    [Theory]
    [InlineData("""{"type":"AdaptiveCard","body":[{"type":"Media","sources":[]}]}""", "Media")]
    [InlineData("""{"type":"AdaptiveCard","actions":[{"type":"Action.Http","title":"x"}]}""", "Action.Http")]
    [InlineData("""{"type":"HeroCard","title":"x"}""", "HeroCard")]
    [InlineData("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"unterminated""", "")]
    [InlineData("[1,2]", "")]
    [InlineData("null", "null")]
    [InlineData("""{"type":"AdaptiveCard","body":{"type":"TextBlock"}}""", "")]
    public void TryDeserialize_NotAReadableCard_ReturnsFalseWithAReason(string json, string reasonMentions)
    {
        var ok = CardJson.TryDeserialize(json, out var card, out var error);

        Assert.False(ok);
        Assert.Null(card);
        Assert.Contains(reasonMentions, error, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => CardJson.Deserialize(json));
    }

    [Fact]
    public void RoundTrip_FullWidthCardWithMention_WritesTeamsExtensionsAsDocumented()
    {
        var mention = MentionEntity.Create("29:1abc", "Zoë <Coach>");
        var card = new AdaptiveCard
        {
            Body = [new TextBlock { Text = $"Hi {mention.Text}, your request is in.", Wrap = true }],
            Teams = new TeamsCardProperties { Width = CardWidth.Full, Entities = [mention] },
        };

        var json = CardJson.Serialize(card);

        AssertJson(
            """
            {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
             "body":[{"type":"TextBlock","text":"Hi <at>Zoë &lt;Coach&gt;</at>, your request is in.","wrap":true}],
             "msteams":{"width":"Full","entities":[{"type":"mention","text":"<at>Zoë &lt;Coach&gt;</at>",
                        "mentioned":{"id":"29:1abc","name":"Zoë <Coach>"}}]}}
            """,
            json);
        var read = CardJson.Deserialize(json);
        Assert.Equal(CardWidth.Full, read.Teams!.Width);
        Assert.Equal("29:1abc", Assert.Single(read.Teams.Entities!).Mentioned!.Id);
        AssertJson(json, CardJson.Serialize(read));
    }

    [Fact]
    public void Serialize_RefreshAndNestedShowCard_WriteActionTypesAndKeepNestedCardsVersionless()
    {
        const string json =
            """
            {"type":"AdaptiveCard","version":"1.5",
             "refresh":{"action":{"type":"Action.Execute","verb":"goal.refresh","data":{"v":1}},"userIds":["29:a","29:b"]},
             "actions":[{"type":"Action.ShowCard","title":"More","card":{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"inner"}]}}]}
            """;

        var card = CardJson.Deserialize(json);

        Assert.Equal("goal.refresh", card.Refresh!.Action!.Verb);
        Assert.Equal(["29:a", "29:b"], card.Refresh.UserIds!);
        var inner = Assert.IsType<ShowCardAction>(Assert.Single(card.Actions!)).Card!;
        Assert.Null(inner.Version);
        Assert.Null(inner.Schema);
        AssertJson(json, CardJson.Serialize(card));
    }

    [Fact]
    public void RoundTrip_ColumnWidthsAndToggleTargets_KeepTheirWrittenForms()
    {
        const string json =
            """
            {"type":"AdaptiveCard","version":"1.5",
             "body":[{"type":"ColumnSet","columns":[{"width":"auto"},{"width":2},{"width":"1"},{"type":"Column","width":"40px"}]},
                     {"type":"Table","columns":[{"width":1},{"width":"80px"}],"rows":[]}],
             "actions":[{"type":"Action.ToggleVisibility","title":"t","targetElements":["a",{"elementId":"b","isVisible":false}]}]}
            """;

        var card = CardJson.Deserialize(json);

        var columns = Assert.IsType<ColumnSet>(card.Body![0]).Columns!;
        Assert.Equal(ColumnWidth.Auto, columns[0].Width);
        Assert.Equal(ColumnWidth.Relative(2), columns[1].Width);
        Assert.Equal(ColumnWidth.Pixels(40), columns[3].Width);
        var toggle = Assert.IsType<ToggleVisibilityAction>(card.Actions![0]);
        Assert.Equal([new TargetElement("a"), new TargetElement("b", false)], toggle.TargetElements!);
        AssertJson(json, CardJson.Serialize(card));
    }

    [Fact]
    public void TeamsSubmit_ImBackAndMessageBack_WriteTheDocumentedMsteamsData()
    {
        var imBack = TeamsSubmit.ImBack("Help", "help");
        var messageBack = TeamsSubmit.MessageBack("Roles", "roles", "Show the roles", JsonSerializer.SerializeToElement(42));

        AssertJson("""{"msteams":{"type":"imBack","value":"help"}}""", imBack.Data!.Value.GetRawText());
        AssertJson("""{"msteams":{"type":"messageBack","text":"roles","displayText":"Show the roles","value":42}}""", messageBack.Data!.Value.GetRawText());
    }

    [Fact]
    public void Serialize_NonAsciiText_IsWrittenReadableAndMeasuredInUtf8Bytes()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Grüße — 你好 👋", Wrap = true }] };

        var json = CardJson.Serialize(card);

        Assert.Contains("Grüße — 你好", json, StringComparison.Ordinal);
        Assert.Equal("Grüße — 你好 👋", Assert.IsType<TextBlock>(CardJson.Deserialize(json).Body![0]).Text);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(json), CardJson.MeasureBytes(card));
    }

    [Fact]
    public void ToElement_GivesTheSameJsonAsSerialize()
    {
        var card = new AdaptiveCard { Body = [new Image { Url = "https://example.org/a.png", AltText = "A chart", Teams = new TeamsImageProperties { AllowExpand = true } }] };

        var element = CardJson.ToElement(card);

        AssertJson(CardJson.Serialize(card), element.GetRawText());
        Assert.True(element.GetProperty("body")[0].GetProperty("msteams").GetProperty("allowExpand").GetBoolean());
    }

    [Fact]
    public void TryDeserialize_AttachmentContentElement_ReadsTheCardOrRefusesANonCard()
    {
        var element = CardJson.ToElement(new AdaptiveCard { Body = [new TextBlock { Text = "from an attachment", Wrap = true }] });

        Assert.True(CardJson.TryDeserialize(element, out var card, out _));
        Assert.Equal("from an attachment", Assert.IsType<TextBlock>(card.Body![0]).Text);
        Assert.False(CardJson.TryDeserialize(JsonSerializer.SerializeToElement(42), out var none, out var error));
        Assert.Null(none);
        Assert.NotEmpty(error);
    }

    private static void AssertJson(string expected, string actual)
    {
        using var expectedDocument = JsonDocument.Parse(expected);
        using var actualDocument = JsonDocument.Parse(actual);
        var difference = JsonEquivalence.FindDifference(expectedDocument.RootElement, actualDocument.RootElement);
        Assert.True(difference is null, difference + Environment.NewLine + actual);
    }
}
