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
            "CoachBot help: ask about the roles of a technology integration coach; support requests, reflections and goals are coming.",
            [
                CardLayout.Heading("What CoachBot can do"),
                CardLayout.SectionHeading("For everyone"),
                CardLayout.Paragraph(
                    "- **Ask about coaching roles**: try \"what does a mentor do?\" or \"what changed between 2013 and 2014?\"\n" +
                    "- **roles**: the ten roles of the 2014 list and how they grew from 2013\n" +
                    "- **settings** and **timezone**: what CoachBot knows about you, and the time zone it uses"),
                CardLayout.SectionHeading("For admins"),
                CardLayout.Paragraph("- **add coach @Name**, **remove coach @Name**, **roster**: manage who is a coach, lead coach or admin"),
                CardLayout.SectionHeading("Coming soon"),
                CardLayout.Paragraph(
                    "- Teachers: ask a coach for support, passed to the coach whose role fits\n" +
                    "- Coaches: log reflections, and set yearly goals with a weekly nudge"),
                CardLayout.Note(hint),
            ],
            [
                CardLayout.Button("The coach roles", new RoleTopicPayload(TopicIds.RolesOverview), instanceId),
                CardLayout.Button("What a mentor does", new RoleTopicPayload(TopicIds.Mentor), instanceId),
                CardLayout.Button("2013 vs 2014", new RoleTopicPayload(TopicIds.Compare2013And2014), instanceId),
            ]);
    }
}
