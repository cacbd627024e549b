using CoachBot.Cards;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;

namespace CoachBot.Tests.Cards.Views;

/// <summary>Reads what a person sees on a card: its texts and its buttons with their typed payloads.</summary>
internal static class CardInspection
{
    /// <summary>All visible text of the card (TextBlocks, rich text runs joined per block, facts).</summary>
    public static string AllText(RenderedCard card) => string.Join(
        "\n",
        CardTree.Nodes(card.Card).Select(node => node switch
        {
            TextBlock text => text.Text,
            RichTextBlock rich => string.Concat(rich.Inlines?.Select(run => run.Text) ?? []),
            Fact fact => $"{fact.Title} {fact.Value}",
            _ => null,
        }).Where(text => text is not null));

    /// <summary>Every Action.Execute button, nested ones included.</summary>
    public static IReadOnlyList<ExecuteAction> Buttons(RenderedCard card) => CardTree.Actions(card.Card).OfType<ExecuteAction>().ToList();

    /// <summary>The button with this title.</summary>
    public static ExecuteAction Button(RenderedCard card, string title) => Assert.Single(Buttons(card), button => button.Title == title);

    /// <summary>The typed payload of a button, asserting it reads back for this card.</summary>
    public static T Payload<T>(RenderedCard card, ExecuteAction button)
        where T : class, ICardActionPayload<T>
    {
        Assert.Equal(T.Verb, button.Verb);
        var read = CardActionPayload.Read<T>(button.Data!.Value);
        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(card.InstanceId, read.CardId);
        return read.Payload!;
    }
}
