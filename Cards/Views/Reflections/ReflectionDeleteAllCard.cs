using System.Globalization;
using CoachBot.Cards.Views.OwnData;

namespace CoachBot.Cards.Views.Reflections;

/// <summary>
/// <c>reflection.delete-all</c>: "Delete all your reflections?" (sent by <c>delete my reflections</c>), and what it
/// becomes: <c>reflection.deleted-all</c> ("Deleted 23 reflections") or <c>reflection.kept-all</c> (nothing deleted).
/// </summary>
public static class ReflectionDeleteAllCard
{
    public const string Kind = "reflection.delete-all";

    public const string DeletedKind = "reflection.deleted-all";

    public const string KeptKind = "reflection.kept-all";

    public static RenderedCard Create(int count, string instanceId)
    {
        var many = Count(count);
        return CardLayout.Render(
            Kind,
            instanceId,
            $"Delete all {many}?",
            [
                CardLayout.Heading($"Delete all {many}?"),
                CardLayout.Paragraph(
                    $"This deletes {(count == 1 ? "your reflection" : $"all {many} of yours")} (diverted time included) for good: CoachBot keeps no copy, " +
                    "and it can't be undone."),
                CardLayout.Paragraph("To keep a copy for yourself, press **Keep them** and type **export reflections** first."),
                CardLayout.Note("This question works for 10 minutes."),
            ],
            [
                DestructiveButton.From(CardLayout.Button($"Delete all {count.ToString("#,0", CultureInfo.InvariantCulture)}", new ReflectionDeleteAllPayload(Confirmed: true, count), instanceId)),
                CardLayout.Button("Keep them", new ReflectionDeleteAllPayload(Confirmed: false, count), instanceId),
            ]);
    }

    public static RenderedCard Deleted(int count, string instanceId) => CardLayout.Render(
        DeletedKind,
        instanceId,
        $"Deleted {Count(count)}",
        [
            CardLayout.Heading($"Deleted {Count(count)}"),
            CardLayout.Paragraph("They are gone for good: CoachBot keeps nothing of them. Type **reflect: what you did** whenever you want to start again."),
        ]);

    public static RenderedCard Kept(string instanceId) => CardLayout.Render(
        KeptKind,
        instanceId,
        "Nothing was deleted",
        [
            CardLayout.Heading("Nothing was deleted"),
            CardLayout.Paragraph("Your reflections are as they were. Type **export reflections** for a copy of them as a file."),
        ]);

    private static string Count(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:#,0} {(count == 1 ? "reflection" : "reflections")}");
}
