using CoachBot.Cards;
using CoachBot.Cards.Views.OwnData;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Cards.Views.Requests;
using CoachBot.Tests.Cards.Harness;

namespace CoachBot.Tests.Cards.Views;

/// <summary>The export and delete cards through the harness, with golden files, and the export card's 28 KB fit.</summary>
public sealed class OwnDataCardTests
{
    private const string InstanceId = "0190a1b2c3d47000800000000000abcd";

    private static readonly string[] Columns = ["Logged", "Kind", "Minutes", "What happened"];

    [Fact]
    public void TheLinkCard_OpensTheLinkInTheBrowser_AndSaysHowLongItWorks()
    {
        var card = DownloadLinkCard.Create(
            new DownloadLinkCardModel("Your reflections are ready to download", "**23 reflections**, newest first, as a CSV file.", "https://coachbot.example.org/download#TOKEN", "3:10 PM", 10),
            InstanceId);

        CardHarness.AssertValid(card);
        var action = Assert.IsType<CoachBot.Cards.Model.Actions.OpenUrlAction>(Assert.Single(card.Card.Actions!));
        Assert.Equal(("Download", "https://coachbot.example.org/download#TOKEN"), (action.Title, action.Url));
        Assert.DoesNotContain("TOKEN", card.Summary, StringComparison.Ordinal);
        GoldenFile.AssertMatches("export.link", card);
    }

    [Fact]
    public void TheConfirmationsAndTheirOutcomes_PassTheHarness()
    {
        RenderedCard[] cards =
        [
            ReflectionDeleteAllCard.Create(1, InstanceId),
            ReflectionDeleteAllCard.Create(12_345, InstanceId),
            ReflectionDeleteAllCard.Deleted(12_345, InstanceId),
            ReflectionDeleteAllCard.Kept(InstanceId),
            RequestDeleteAllCard.Create(1, 0, InstanceId),
            RequestDeleteAllCard.Create(3, 1, InstanceId),
            RequestDeleteAllCard.Create(30, 4, InstanceId),
            RequestDeleteAllCard.Deleted(3, 1, InstanceId),
            RequestDeleteAllCard.Deleted(1, 0, InstanceId),
            RequestDeleteAllCard.Kept(InstanceId),
        ];

        foreach (var card in cards)
        {
            CardHarness.AssertValid(card);
        }

        GoldenFile.AssertMatches("reflection.delete-all", cards[1]);
        GoldenFile.AssertMatches("request.delete-all", cards[5]);
    }

    [Theory]
    [InlineData(CoachCopyView.Cancelled, true, "Request R-7K3Q9X withdrawn", "Withdrawn by the teacher")]
    [InlineData(CoachCopyView.Cancelled, false, "Request R-7K3Q9X cancelled", "Cancelled by the teacher")]
    [InlineData(CoachCopyView.ClaimedByYou, true, "You claimed request R-7K3Q9X", "Alice Adams has since deleted what they wrote")]
    [InlineData(CoachCopyView.ClaimedByOther, true, "Request R-7K3Q9X claimed", "Claimed by Bob Brown")]
    public void AnErasedCopy_ShowsOnlyTheOutline_AndIsStillACopy(CoachCopyView view, bool withdrawn, string heading, string status)
    {
        var request = new RequestCardModel(
            "7K3Q9X", "R-7K3Q9X", "Alice Adams", "Lincoln Elementary", "Resource Provider", "This week", null, null, "(deleted by the teacher)", "Monday at 3:00 PM");

        var card = ErasedCopyCard.Create(request, view, withdrawn, "Bob Brown", InstanceId);

        CardHarness.AssertValid(card);
        Assert.Equal(CoachRequestCard.Kind, card.Kind);
        Assert.Equal(InstanceId, CoachRequestCard.InstanceIdOf(card.ToElement()));
        var text = CardInspection.AllText(card);
        Assert.Contains(heading, text, StringComparison.Ordinal);
        Assert.Contains(status, text, StringComparison.Ordinal);
        Assert.Contains("Resource Provider", text, StringComparison.Ordinal);
        Assert.DoesNotContain("deleted by the teacher)", text, StringComparison.Ordinal);
        Assert.Null(card.Card.Actions);
    }

    [Fact]
    public void TheRowsCard_ShowsTheNewestRowsThatFit28KB_AndNamesTheSetting()
    {
        var rows = Enumerable.Range(1, 60)
            .Select(i => (IReadOnlyList<string>)[$"2026-11-{i % 28 + 1:00} 15:00", "Reflection", "20", $"row {i}: " + new string('é', 1_200)])
            .ToList();

        var card = ExportRowsCard.Create(new ExportRowsCardModel("Your reflections", Columns, rows), InstanceId);

        CardHarness.AssertValid(card);
        var shown = ExportRowsCard.RowsShown(card);
        Assert.InRange(shown, 5, 59);
        Assert.True(card.Utf8Json.Length <= 28 * 1024);
        var text = CardInspection.AllText(card);
        Assert.Contains($"{shown} of 60 rows, newest first; ask your admin to set Bot:PublicBaseUrl", text, StringComparison.Ordinal);
        Assert.Contains($"row {shown}: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"row {shown + 1}: ", text, StringComparison.Ordinal);

        // One more row would not have fitted.
        var bigger = ExportRowsCard.Create(new ExportRowsCardModel("Your reflections", Columns, rows.Take(shown + 1).ToList()), InstanceId);
        Assert.Equal(shown, ExportRowsCard.RowsShown(bigger));
    }

    [Fact]
    public void TheRowsCard_ShowsEveryRowWhenTheyFit_AsPlainText_SkippingEmptyCells()
    {
        IReadOnlyList<string>[] rows = [["2026-11-30 15:00", "Reflection", "", "**not bold** <at>x</at> [link](https://evil.example)"]];

        var card = ExportRowsCard.Create(new ExportRowsCardModel("Your reflections", Columns, rows), InstanceId);

        CardHarness.AssertValid(card);
        Assert.Equal(1, ExportRowsCard.RowsShown(card));
        var text = CardInspection.AllText(card);
        Assert.Contains("1 of 1 rows", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Minutes:", text, StringComparison.Ordinal);
        GoldenFile.AssertMatches("export.rows", card);
    }
}
