using CoachBot.Cards.Actions;

namespace CoachBot.Cards.Views;

/// <summary>
/// Replaces a card whose button no longer works (its payload version or dialog is gone): says so and offers
/// help. Typically returned in the invoke response for the person who pressed the old button.
/// </summary>
public static class OutOfDateCard
{
    public const string Kind = "out-of-date";

    public static RenderedCard Create(string instanceId) =>
        CardLayout.Render(
            Kind,
            instanceId,
            "This card is out of date. Ask your question again, or type help.",
            [
                CardLayout.Heading("This card is out of date"),
                CardLayout.Paragraph("CoachBot has changed since this card was sent, so its buttons no longer work. Ask your question again, or see what I can do now."),
            ],
            [CardLayout.Button("Help", new RunCommandPayload(Commands.Help), instanceId)]);
}
