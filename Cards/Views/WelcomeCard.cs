using CoachBot.Cards.Actions;
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

        return CardLayout.Render(
            Kind,
            instanceId,
            summary,
            [
                CardLayout.Heading("Welcome to CoachBot"),
                greeting,
                CardLayout.Paragraph("I help teachers and technology integration coaches work together. Today I can:"),
                CardLayout.Paragraph(
                    "- answer questions about the roles of a technology integration coach, in your own words\n" +
                    "- keep track of who the coaches are, and of your time zone for reminders\n\n" +
                    "Coming soon: passing a teacher's request for support to the coach whose role fits it, and a coach's reflections and yearly goals with a weekly nudge."),
                CardLayout.Note(hint),
            ],
            [
                CardLayout.Button("What can you do?", new RunCommandPayload(Commands.Help), instanceId),
                CardLayout.Button("What are the coach roles?", new RoleTopicPayload(TopicIds.RolesOverview), instanceId),
            ]);
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
