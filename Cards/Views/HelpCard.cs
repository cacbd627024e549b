using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views;

/// <summary>What CoachBot does for teachers and for coaches, with buttons to try the roles Q&amp;A.</summary>
public static class HelpCard
{
    public const string Kind = "help";

    public static RenderedCard Create(HelpCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var hint = model.IsPersonalChat
            ? "Type in your own words; you don't need exact commands."
            : "In a group chat or channel, mention me by name before your question.";

        return CardLayout.Render(
            Kind,
            instanceId,
            "CoachBot help: ask about coach roles, request coach support, log reflections and set yearly goals.",
            [
                CardLayout.Heading("What CoachBot can do"),
                CardLayout.SectionHeading("For teachers"),
                CardLayout.Paragraph(
                    "- **Ask about coaching roles**: try \"what does a mentor do?\"\n" +
                    "- **Ask a coach for support**: say what you need and I'll pass it to the coach whose role fits"),
                CardLayout.SectionHeading("For coaches"),
                CardLayout.Paragraph(
                    "- **Log reflections** on your coaching work\n" +
                    "- **Set yearly goals**: a concrete, focused set for the year, with a weekly nudge to keep them moving\n" +
                    "- **Look up the roles**: the ten roles of the 2014 list and how they grew from 2013"),
                CardLayout.Note(hint),
            ],
            [
                CardLayout.Button("The coach roles", new RoleTopicPayload(TopicIds.RolesOverview), instanceId),
                CardLayout.Button("What a mentor does", new RoleTopicPayload(TopicIds.Mentor), instanceId),
                CardLayout.Button("2013 vs 2014", new RoleTopicPayload(TopicIds.Compare2013And2014), instanceId),
            ]);
    }
}
