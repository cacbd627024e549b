using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;

namespace CoachBot.Cards.Model;

/// <summary>
/// Walks a card: every element (in containers, columns and table cells), every action (card
/// actions, action sets, select and inline actions, refresh) and the cards inside Action.ShowCard, depth first
/// in document order.
/// </summary>
public static class CardTree
{
    /// <summary>Every body element, nested ones included, in document order.</summary>
    public static IEnumerable<CardElement> Elements(AdaptiveCard card) => Nodes(card).OfType<CardElement>();

    /// <summary>Every action, nested ones included, in document order.</summary>
    public static IEnumerable<CardAction> Actions(AdaptiveCard card) => Nodes(card).OfType<CardAction>();

    /// <summary>Every input, nested ones included.</summary>
    public static IEnumerable<CardInput> Inputs(AdaptiveCard card) => Nodes(card).OfType<CardInput>();

    /// <summary>
    /// Every typed node: the card and nested cards, elements, columns, table rows and cells, facts, choices,
    /// text runs, actions and the refresh.
    /// </summary>
    public static IEnumerable<object> Nodes(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var pending = new Stack<object>();
        pending.Push(card);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            var children = Children(node).ToList();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }

    private static IEnumerable<object> Children(object node) => node switch
    {
        AdaptiveCard card => Concat(card.Refresh, card.Body, card.Actions, card.SelectAction),
        Container container => Concat(container.Items, container.SelectAction),
        ColumnSet columnSet => Concat(columnSet.Columns, columnSet.SelectAction),
        Column column => Concat(column.Items, column.SelectAction),
        ActionSet actionSet => Concat(actionSet.Actions),
        FactSet factSet => Concat(factSet.Facts),
        ImageSet imageSet => Concat(imageSet.Images),
        Image image => Concat(image.SelectAction),
        RichTextBlock richText => Concat(richText.Inlines),
        TextRun run => Concat(run.SelectAction),
        Table table => Concat(table.Rows),
        TableRow row => Concat(row.Cells),
        TableCell cell => Concat(cell.Items, cell.SelectAction),
        TextInput text => Concat(text.InlineAction),
        ChoiceSetInput choiceSet => Concat(choiceSet.Choices),
        ShowCardAction showCard => Concat(showCard.Card),
        Refresh refresh => Concat(refresh.Action),
        _ => [],
    };

    private static IEnumerable<object> Concat(params object?[] parts)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case null:
                    break;
                case System.Collections.IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        if (item is not null)
                        {
                            yield return item;
                        }
                    }

                    break;
                default:
                    yield return part;
                    break;
            }
        }
    }
}
