using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// "Delete this reflection?" in place of the list it was asked from: Delete removes it for good, Keep it shows the
/// list again. The list's filter and page come along in both buttons.
/// </summary>
public static class ReflectionDeleteCard
{
    public const string Kind = "reflection.delete";

    public static RenderedCard Create(ReflectionCardItem item, string filter, long? beforeAt, long? beforeId, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(filter);
        return CardLayout.Render(
            Kind,
            instanceId,
            "Delete this reflection?",
            [
                CardLayout.Heading(item.IsDiverted ? "Delete this diverted time?" : "Delete this reflection?"),
                CardLayout.Plain(new Model.Elements.TextRun { Text = item.When, IsSubtle = true, Size = Model.TextSize.Small }),
                CardLayout.Plain(CardLayout.Run(PlainText.Shorten(item.Text, 400))),
                CardLayout.Paragraph("Deleting can't be undone."),
            ],
            [
                CardLayout.Button("Delete", new ReflectionDeletePayload(item.Id, Confirmed: true, filter, beforeAt, beforeId), instanceId),
                CardLayout.Button("Keep it", new ReflectionListPayload(filter, beforeAt, beforeId), instanceId),
            ]);
    }
}
