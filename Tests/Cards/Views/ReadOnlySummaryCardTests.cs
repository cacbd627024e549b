using System.Globalization;
using System.Text.Json;
using CoachBot.Cards;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Views;
using CoachBot.Tests.Cards.Harness;

namespace CoachBot.Tests.Cards.Views;

public sealed class ReadOnlySummaryCardTests
{
    private const string InstanceId = "form-0001";

    [Fact]
    public void Create_FactsWithEdgeValues_PassesTheHarnessWithoutButtons()
    {
        var facts = new List<SummaryFact>
        {
            new("Goal", "Co-teach one lesson a week 🧑‍🏫"),
            new("Empty", ""),
            new("Markdown", "**not bold** [not a link](https://evil.example)"),
            new("Long", string.Concat(Enumerable.Repeat("Ünïcödé reflection text. ", 3000))),
        };

        var card = ReadOnlySummaryCard.Create("Your goal", facts, InstanceId, "Saved.");

        CardHarness.AssertValid(card);
        Assert.Equal(ReadOnlySummaryCard.Kind, card.Kind);
        Assert.Null(card.Card.Actions);
        Assert.Empty(CardTree.Actions(card.Card));
        var text = CardInspection.AllText(card);
        Assert.Contains("Goal: Co-teach one lesson a week 🧑‍🏫", text, StringComparison.Ordinal);
        Assert.Contains("Empty: (not given)", text, StringComparison.Ordinal);
        Assert.Contains("Markdown: **not bold** [not a link](https://evil.example)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSubmittedForm_ShowsEachInputAsTheUserSawItUnderTheSameInstance()
    {
        var form = CardLayoutForm();
        using var submitted = JsonDocument.Parse(
            """{"verb":"goal.save","v":1,"cardId":"form-0001","goal":"Run a PD session","focus":"data,mentor","due":"2025-03-09","at":"14:30","weekly":"true","pin":"1234","hours":"2.5"}""");

        var summary = ReadOnlySummaryCard.FromSubmittedForm(form, submitted.RootElement, CultureInfo.GetCultureInfo("en-GB"));

        CardHarness.AssertValid(summary);
        Assert.Equal("goal.form.submitted", summary.Kind);
        Assert.Equal(form.InstanceId, summary.InstanceId);
        var text = CardInspection.AllText(summary);
        Assert.Contains("Set your yearly goal", text, StringComparison.Ordinal);
        Assert.Contains("Goal: Run a PD session", text, StringComparison.Ordinal);
        Assert.Contains("Focus roles: Data Coach, Mentor", text, StringComparison.Ordinal);
        Assert.Contains("Due: Sunday, 9 March 2025", text, StringComparison.Ordinal);
        Assert.Contains("Time: 14:30", text, StringComparison.Ordinal);
        Assert.Contains("Weekly nudge: Yes", text, StringComparison.Ordinal);
        Assert.Contains("PIN: (hidden)", text, StringComparison.Ordinal);
        Assert.Contains("Hours: 2.5", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", text, StringComparison.Ordinal);
        GoldenFile.AssertMatches("summary.submitted-form", summary);
    }

    [Fact]
    public void FromSubmittedForm_MissingOrNonObjectValues_ShowsNotGiven()
    {
        var form = CardLayoutForm();

        var summary = ReadOnlySummaryCard.FromSubmittedForm(form, JsonSerializer.SerializeToElement("not an object"), CultureInfo.GetCultureInfo("en-US"));

        CardHarness.AssertValid(summary);
        Assert.Contains("Goal: (not given)", CardInspection.AllText(summary), StringComparison.Ordinal);
    }

    private static RenderedCard CardLayoutForm() => CardLayout.Render(
        "goal.form",
        InstanceId,
        "Set your yearly goal",
        [
            CardLayout.Heading("Set your yearly goal"),
            new TextInput { Id = "goal", Label = "Goal", IsRequired = true, ErrorMessage = "Please enter a goal." },
            new ChoiceSetInput
            {
                Id = "focus",
                Label = "Focus roles",
                IsMultiSelect = true,
                Choices = [new Choice { Title = "Data Coach", Value = "data" }, new Choice { Title = "Mentor", Value = "mentor" }],
            },
            new DateInput { Id = "due", Label = "Due" },
            new TimeInput { Id = "at", Label = "Time" },
            new ToggleInput { Id = "weekly", Label = "Weekly nudge", Title = "Nudge me weekly" },
            new TextInput { Id = "pin", Label = "PIN", Style = TextInputStyle.Password },
            new NumberInput { Id = "hours", Label = "Hours" },
        ]);
}
