using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views;

/// <summary>The card CoachBot sends when it is installed or a person joins: who it is and where to start.</summary>
public static class WelcomeCard
{
    public const string Kind = "welcome";

    private const int MaxNameLength = 64;

    public static RenderedCard Create(WelcomeCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var name = CleanName(model.UserName);
        var greeting = !model.IsPersonalChat
            ? CardLayout.Plain(CardLayout.Run("Hi everyone!"))
            : name is null
                ? CardLayout.Plain(CardLayout.Run("Hi there!"))
                : CardLayout.Plain(CardLayout.Run("Hi "), CardLayout.Bold(name), CardLayout.Run("!"));
        var hint = model.IsPersonalChat
            ? "Type a question in your own words at any time, or type **help** to see everything I can do."
            : "In this chat, mention me by name before your question so I know you're talking to me.";
        var summary = PlainText.Summary(
            (name is null || !model.IsPersonalChat ? "Welcome to CoachBot" : $"Welcome to CoachBot, {name}")
                + ": ask about the roles of a technology integration coach.",
            Checks.CardLimits.MaxSummaryLength);

        var items = new List<Model.CardElement>
        {
            CardLayout.Heading("Welcome to CoachBot"),
            greeting,
            CardLayout.Paragraph("I help teachers and technology integration coaches work together. Today I can:"),
        };
        items.AddRange(model.CanDo.Select(CardLayout.ListItem));
        if (model.ComingSoon.Count > 0)
        {
            items.Add(CardLayout.Paragraph($"Coming soon: {string.Join(", and ", model.ComingSoon)}."));
        }

        items.Add(CardLayout.Note(hint));
        return CardLayout.Render(Kind, instanceId, summary, items, model.Buttons.Take(HelpCard.MaxButtons).Select(button => button.Create(instanceId)));
    }

    private static string? CleanName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return PlainText.OneLine(name, MaxNameLength);
    }
}
