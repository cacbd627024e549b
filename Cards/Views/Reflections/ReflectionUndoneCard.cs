namespace CoachBot.Cards.Views.Reflections;

/// <summary>What a confirmation card becomes after Undo: nothing is kept, and how to log it again.</summary>
public static class ReflectionUndoneCard
{
    public const string Kind = "reflection.undone";

    public static RenderedCard Create(bool diverted, string instanceId)
    {
        var what = diverted ? "Diverted time" : "Reflection";
        return CardLayout.Render(
            Kind,
            instanceId,
            $"{what} undone: nothing is kept.",
            [
                CardLayout.Heading($"{what} undone"),
                CardLayout.Paragraph($"Nothing is kept. Type **{(diverted ? "diverted" : "reflect")}** to log it again."),
            ]);
    }
}
