using System.Globalization;
using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// A page of the coach's reflections, newest first: each with its date, minutes and roles, the coach's words
/// (shortened; Edit shows them whole) and Edit / Delete; Next for the following page. Stays under
/// <see cref="CardLimits.MaxCardBytes"/> however long the words are.
/// </summary>
public static class ReflectionListCard
{
    public const string Kind = "reflection.list";

    /// <summary>Reflections per card.</summary>
    public const int PageSize = 10;

    /// <summary>The longest filter the buttons carry.</summary>
    public const int MaxFilterLength = 200;

    public static RenderedCard Create(ReflectionListCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Filter.Length > MaxFilterLength)
        {
            // The filter travels in every button; a list is never asked for with one this long (the feature cuts it).
            model = model with { Filter = model.Filter[..MaxFilterLength] };
        }

        // Shorter words until the card fits (non-Latin text takes up to three bytes a character).
        RenderedCard card = Build(model, instanceId, 280, 140);
        foreach (var (text, note) in new[] { (160, 80), (80, 40) })
        {
            if (card.Utf8Json.Length <= CardLimits.MaxCardBytes)
            {
                break;
            }

            card = Build(model, instanceId, text, note);
        }

        return card;
    }

    private static RenderedCard Build(ReflectionListCardModel model, string instanceId, int textLength, int noteLength)
    {
        var items = new List<CardElement> { CardLayout.Heading("Your reflections") };
        var last = model.FirstNumber + model.Items.Count - 1;
        var range = model.Items.Count == 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{model.FirstNumber}\u2013{last} of {model.Total}, newest first");
        var filter = model.FilterLabel is null ? null : PlainText.OneLine(model.FilterLabel, 120);
        if (filter is not null || range is not null)
        {
            items.Add(CardLayout.Plain(new TextRun
            {
                Text = string.Join(" \u00b7 ", new[] { filter, range }.Where(part => part is not null)),
                IsSubtle = true,
                Size = TextSize.Small,
            }));
        }

        if (model.Notice is { } notice)
        {
            items.Add(CardLayout.Paragraph(notice));
        }

        if (model.Items.Count == 0)
        {
            items.Add(CardLayout.Paragraph(model.EmptyText));
        }

        foreach (var item in model.Items)
        {
            items.Add(Item(model, item, instanceId, textLength, noteLength));
        }

        var actions = new List<CardAction>();
        if (model.NextAt is { } nextAt && model.NextId is { } nextId)
        {
            actions.Add(CardLayout.Button("Next", new ReflectionListPayload(model.Filter, nextAt, nextId), instanceId));
        }

        if (model.BeforeAt is not null)
        {
            actions.Add(CardLayout.Button("Newest", new ReflectionListPayload(model.Filter), instanceId));
        }

        var summary = model.Items.Count == 0
            ? "Your reflections: none found"
            : string.Create(CultureInfo.InvariantCulture, $"Your reflections: {model.FirstNumber}\u2013{last} of {model.Total}");
        return CardLayout.Render(Kind, instanceId, summary, items, actions);
    }

    private static Container Item(ReflectionListCardModel model, ReflectionCardItem item, string instanceId, int textLength, int noteLength)
    {
        var facts = new List<string> { item.When };
        if (item.Minutes is { } minutes)
        {
            facts.Add(string.Create(CultureInfo.InvariantCulture, $"{minutes} min"));
        }

        facts.Add(item.IsDiverted ? "Diverted time" : ReflectionSavedCard.Roles(item, hint: false));
        var lines = new List<CardElement>
        {
            CardLayout.Plain(new TextRun { Text = string.Join(" \u00b7 ", facts), IsSubtle = true, Size = TextSize.Small }),
            CardLayout.Plain(CardLayout.Run(PlainText.Shorten(item.Text, textLength))),
        };
        if (!string.IsNullOrWhiteSpace(item.WentWell))
        {
            lines.Add(CardLayout.Plain(CardLayout.Bold("Went well: "), CardLayout.Run(PlainText.Shorten(item.WentWell, noteLength))));
        }

        if (!string.IsNullOrWhiteSpace(item.NextStep))
        {
            lines.Add(CardLayout.Plain(CardLayout.Bold("Next step: "), CardLayout.Run(PlainText.Shorten(item.NextStep, noteLength))));
        }

        lines.Add(new ActionSet
        {
            Actions =
            [
                CardLayout.Button("Edit", new ReflectionEditPayload(item.Id, InPlace: false), instanceId),
                CardLayout.Button("Delete", new ReflectionDeletePayload(item.Id, Confirmed: false, model.Filter, model.BeforeAt, model.BeforeId), instanceId),
            ],
        });
        return new Container { Separator = true, Spacing = Spacing.Medium, Items = lines };
    }
}
