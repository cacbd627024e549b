namespace CoachBot.Cards.Views;

/// <summary>What CoachBot does for the user's roles (from the registered features), what is coming, and buttons to try.</summary>
public static class HelpCard
{
    public const string Kind = "help";

    /// <summary>Card-level buttons Teams shows in full (it folds the rest into "…").</summary>
    public const int MaxButtons = 6;

    public static RenderedCard Create(HelpCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var hint = model.IsPersonalChat
            ? "Type in your own words; you don't need exact commands."
            : "In a group chat or channel, mention me by name before your question.";

        var items = new List<Model.CardElement> { CardLayout.Heading("What CoachBot can do") };
        foreach (var section in model.Sections.Where(s => s.Entries.Count > 0))
        {
            items.Add(CardLayout.SectionHeading(section.Heading));
            items.AddRange(section.Entries.Select(entry => CardLayout.ListItem($"**{entry.Title}**: {entry.Text}")));
        }

        if (model.ComingSoon.Count > 0)
        {
            items.Add(CardLayout.SectionHeading("Coming soon"));
            items.AddRange(model.ComingSoon.Select(CardLayout.ListItem));
        }

        items.Add(CardLayout.Note(hint));
        return CardLayout.Render(
            Kind,
            instanceId,
            Summary(model),
            items,
            model.Buttons.Take(MaxButtons).Select(button => button.Create(instanceId)));
    }

    private static string Summary(HelpCardModel model)
    {
        var titles = model.Sections.SelectMany(s => s.Entries).Select(e => e.Title).Take(4);
        return Text.PlainText.Summary($"CoachBot help: {string.Join(", ", titles)}.", Checks.CardLimits.MaxSummaryLength);
    }
}
