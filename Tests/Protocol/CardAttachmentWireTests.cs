using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Bot.Pipeline;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Cards.Views;
using CoachBot.Dialogs.Messaging;

namespace CoachBot.Tests.Protocol;

/// <summary>A card reply goes to Teams as the card's own JSON, byte for byte, and reads back as a card.</summary>
public class CardAttachmentWireTests
{
    [Fact]
    public void CardReply_IsSentAsTheCardsOwnJson()
    {
        var card = CardLayout.Render("test.card", "card-1", "Zoë's summary", [CardLayout.Heading("Émile asks: “what does a data coach do?”")]);

        var activity = new MessageActivityFactory().Create(new MessageContent.Card(card));
        var wire = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

        var attachment = JsonNode.Parse(wire)!["attachments"]![0]!;
        Assert.Equal(ContentTypes.AdaptiveCard, (string?)attachment["contentType"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(card.Utf8Json.ToArray()), attachment["content"]));
        Assert.Contains(Encoding.UTF8.GetString(card.Utf8Json), wire, StringComparison.Ordinal);
        Assert.Equal("Zoë's summary", (string?)JsonNode.Parse(wire)!["summary"]);
    }

    [Fact]
    public void CardSentAndReadBack_IsTheSameCard()
    {
        var card = CardLayout.Render("test.card", "card-2", "summary", [CardLayout.Paragraph("One")]);
        var sent = new MessageActivityFactory().Create(new MessageContent.Card(card));

        var read = JsonSerializer.Deserialize(JsonSerializer.Serialize(sent, ProtocolJsonContext.Default.Activity), ProtocolJsonContext.Default.Activity)!;

        var content = Assert.Single(read.Attachments!).Content!;
        Assert.Equal(JsonValueKind.Object, content.ValueKind);
        Assert.Equal("test.card", content.Element.GetProperty("body")[0].GetProperty("id").GetString());
        Assert.Equal(
            JsonSerializer.Serialize(sent, ProtocolJsonContext.Default.Activity),
            JsonSerializer.Serialize(read, ProtocolJsonContext.Default.Activity));
    }

    [Fact]
    public void AttachmentWithoutContent_StaysWithoutContent()
    {
        var read = JsonSerializer.Deserialize("""{"type":"message","attachments":[{"contentType":"image/png","contentUrl":"https://example.org/a.png","content":null}]}""", ProtocolJsonContext.Default.Activity)!;

        Assert.Null(Assert.Single(read.Attachments!).Content);
        Assert.DoesNotContain("\"content\"", JsonSerializer.Serialize(read, ProtocolJsonContext.Default.Activity), StringComparison.Ordinal);
    }
}
