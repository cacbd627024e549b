using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Cards.Views.Roles;
using CoachBot.Tests.Cards.Harness;

namespace CoachBot.Tests.Cards.Views.Reflections;

/// <summary>The reflections' cards through the harness, with golden files and edge-case models.</summary>
public sealed class ReflectionCardTests
{
    private const string InstanceId = "refl-0001";

    private static readonly ReflectionRoleOption[] Roles =
    [
        new(TopicIds.DataCoach, "Data Coach"), new(TopicIds.ResourceProvider, "Resource Provider"), new(TopicIds.Mentor, "Mentor"),
        new(TopicIds.CurriculumSpecialist, "Curriculum Specialist"), new(TopicIds.InstructionalSpecialist, "Instructional Specialist"),
        new(TopicIds.ClassroomSupporter, "Classroom Supporter"), new(TopicIds.LearningFacilitator, "Learning Facilitator"),
        new(TopicIds.SchoolLeader, "School Leader"), new(TopicIds.CatalystForChange, "Catalyst for Change"), new(TopicIds.Learner, "Learner"),
    ];

    private static readonly ReflectionCardItem Item = new(
        42, false, "modeled Padlet with Ms. Lee's 4th grade, went well", ["Classroom Supporter"], true, null, null, 20, "Mon, November 30 at 3:00 PM");

    public static TheoryData<string?, bool> TextsAndKinds => new()
    {
        { null, false },
        { "", true },
        { "**bold** [x](https://evil.example) <at>Bob</at>", false },
        { new string('x', 2_000), false },
        { new string('x', 10_000), true },
        { string.Concat(Enumerable.Repeat("😀", 1_500)), false },
    };

    [Fact]
    public void Form_New_HasTheFieldsTheReminderAndSave()
    {
        var card = ReflectionFormCard.Create(new ReflectionFormModel(null, null, [], null, null, null, false, Roles), InstanceId);

        CardHarness.AssertValid(card);
        var inputs = CardTree.Inputs(card.Card).ToList();
        Assert.Equal(["text", "roles", "diverted", "wentWell", "nextStep", "minutes"], inputs.Select(input => input.Id));
        var roles = Assert.IsType<ChoiceSetInput>(inputs[1]);
        Assert.True(roles.IsMultiSelect);
        Assert.Equal(Roles.Select(role => role.Id), roles.Choices!.Select(choice => choice.Value));
        Assert.Null(roles.Value);
        Assert.True(inputs[0].IsRequired);
        Assert.Equal(2_000, Assert.IsType<TextInput>(inputs[0]).MaxLength);
        Assert.Equal((1, 480), (Assert.IsType<NumberInput>(inputs[5]).Min, Assert.IsType<NumberInput>(inputs[5]).Max));
        Assert.Contains(ReflectionFormCard.Reminder, CardInspection.AllText(card), StringComparison.Ordinal);
        Assert.Null(CardInspection.Payload<ReflectionSavePayload>(card, CardInspection.Button(card, "Save")).Id);
        GoldenFile.AssertMatches("reflection.form.new", card);
    }

    [Fact]
    public void Form_Edit_IsFilledWithTheReflectionAndItsRolesPreselected()
    {
        var card = ReflectionFormCard.Create(
            new ReflectionFormModel(42, "modeled Padlet", [TopicIds.Mentor, TopicIds.Learner, "role.unknown"], "kids posted", "grade 5 next", 35, false, Roles),
            InstanceId);

        CardHarness.AssertValid(card);
        var inputs = CardTree.Inputs(card.Card).ToDictionary(input => input.Id!);
        Assert.Equal("role.mentor,role.learner", Assert.IsType<ChoiceSetInput>(inputs["roles"]).Value);
        Assert.Equal("modeled Padlet", Assert.IsType<TextInput>(inputs["text"]).Value);
        Assert.Equal(35, Assert.IsType<NumberInput>(inputs["minutes"]).Value);
        Assert.Equal(42, CardInspection.Payload<ReflectionSavePayload>(card, CardInspection.Button(card, "Save")).Id);
        Assert.Contains("Edit reflection", CardInspection.AllText(card), StringComparison.Ordinal);
        GoldenFile.AssertMatches("reflection.form.edit", card);
    }

    [Theory]
    [MemberData(nameof(TextsAndKinds))]
    public void Form_AnyText_PassesTheHarness(string? text, bool diverted)
    {
        var card = ReflectionFormCard.Create(new ReflectionFormModel(null, text, [], text, text, 9999, diverted, Roles), InstanceId);

        CardHarness.AssertValid(card);
        Assert.Null(Assert.IsType<NumberInput>(CardTree.Inputs(card.Card).Single(input => input.Id == "minutes")).Value);
    }

    [Fact]
    public void Saved_ShowsWhatWasSavedWithEditAndUndo_AndTheSummaryHoldsNoWordsOfTheCoach()
    {
        var card = ReflectionSavedCard.Create(Item, updated: false, InstanceId);

        CardHarness.AssertValid(card);
        var text = CardInspection.AllText(card);
        Assert.Contains("What happened: modeled Padlet with Ms. Lee's 4th grade, went well", text, StringComparison.Ordinal);
        Assert.Contains("Roles: Classroom Supporter (my guess; press Edit to change)", text, StringComparison.Ordinal);
        Assert.Equal(new ReflectionEditPayload(42, InPlace: true), CardInspection.Payload<ReflectionEditPayload>(card, CardInspection.Button(card, "Edit")));
        Assert.Equal(new ReflectionUndoPayload(42), CardInspection.Payload<ReflectionUndoPayload>(card, CardInspection.Button(card, "Undo")));
        Assert.DoesNotContain("Padlet", card.Summary, StringComparison.Ordinal);
        GoldenFile.AssertMatches("reflection.saved", card);
    }

    [Theory]
    [MemberData(nameof(TextsAndKinds))]
    public void Saved_AnyText_PassesTheHarness_AndShowsItAsPlainText(string? text, bool diverted)
    {
        var item = Item with { Text = text ?? "", IsDiverted = diverted, WentWell = text, NextStep = text, RoleTitles = diverted ? [] : ["Mentor"] };

        var card = ReflectionSavedCard.Create(item, updated: true, InstanceId);

        CardHarness.AssertValid(card);
        Assert.DoesNotContain(CardTree.Nodes(card.Card).OfType<TextBlock>(), block => text is { Length: > 0 } && block.Text!.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void List_ShowsEachReflectionWithEditAndDelete_AndNext()
    {
        var items = Enumerable.Range(1, 10).Select(i => Item with { Id = i, Text = $"reflection {i}", RolesGuessed = i % 2 == 0, WentWell = i == 1 ? "it worked" : null }).ToList();
        var card = ReflectionListCard.Create(new ReflectionListCardModel("mentor", "Mentor", items, 23, 1, null, null, 1_700_000_000_000, 10, null, "none"), InstanceId);

        CardHarness.AssertValid(card);
        var buttons = CardInspection.Buttons(card);
        Assert.Equal(10, buttons.Count(button => button.Title == "Edit"));
        Assert.Equal(10, buttons.Count(button => button.Title == "Delete"));
        Assert.Equal(new ReflectionListPayload("mentor", 1_700_000_000_000, 10), CardInspection.Payload<ReflectionListPayload>(card, CardInspection.Button(card, "Next")));
        Assert.DoesNotContain(buttons, button => button.Title == "Newest");
        Assert.Contains("Mentor \u00b7 1\u201310 of 23, newest first", CardInspection.AllText(card), StringComparison.Ordinal);
        GoldenFile.AssertMatches("reflection.list", card);
    }

    [Fact]
    public void List_Empty_SaysWhatToDo()
    {
        var card = ReflectionListCard.Create(new ReflectionListCardModel("", null, [], 0, 1, null, null, null, null, null, "No reflections yet."), InstanceId);

        CardHarness.AssertValid(card);
        Assert.Contains("No reflections yet.", CardInspection.AllText(card), StringComparison.Ordinal);
        Assert.Empty(CardInspection.Buttons(card));
    }

    [Fact]
    public void List_OfTenLongReflectionsInAnyScript_StaysUnder28KB()
    {
        var words = string.Concat(Enumerable.Repeat("教练反思😀 ", 400))[..2_000];
        var items = Enumerable.Range(1, 10).Select(i => Item with { Id = i, Text = words, WentWell = words[..1_000], NextStep = words[..1_000] }).ToList();

        var card = ReflectionListCard.Create(new ReflectionListCardModel(words, words, items, 500, 11, 1, 2, 3, 4, "Deleted.", "none"), InstanceId);

        CardHarness.AssertValid(card);
        Assert.Equal(10, CardInspection.Buttons(card).Count(button => button.Title == "Delete"));
    }

    [Fact]
    public void Digest_HasBarsOfColumnsTheNumbersAsTextAndNoImage()
    {
        var card = ReflectionDigestCard.Create(DigestModel(), InstanceId);

        CardHarness.AssertValid(card);
        Assert.Empty(CardTree.Nodes(card.Card).OfType<Image>());
        var bars = CardTree.Nodes(card.Card).OfType<ColumnSet>().Where(set => set.Columns!.All(column => column.Items is { Count: 0 })).ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal([625.0, 375.0], bars[0].Columns!.Select(column => column.Width!.Weight!.Value));
        Assert.Equal(ContainerStyle.Accent, bars[0].Columns![0].Style);
        Assert.Equal(Spacing.None, bars[0].Columns![1].Spacing);

        // Every column says its type: without it the Playground's Teams renderer blanks the whole chat pane.
        Assert.All(CardTree.Nodes(card.Card).OfType<ColumnSet>().SelectMany(set => set.Columns!), column =>
            Assert.Equal("Column", column.AdditionalProperties!["type"].GetString()));
        var text = CardInspection.AllText(card);
        Assert.Contains("250 min \u00b7 63%", text, StringComparison.Ordinal);
        Assert.Contains("Streak: **5 school weeks** in a row", text, StringComparison.Ordinal);
        GoldenFile.AssertMatches("reflection.digest", card);
    }

    [Fact]
    public void Digest_ABarOfAllOrNothing_IsOneColumn()
    {
        var model = DigestModel() with
        {
            Roles = [new ReflectionDigestRoleRow("Mentor", 1, 10, 2, 100, 1.0), new ReflectionDigestRoleRow("Learner", 1, 0, 1, 0, 0)],
        };

        var card = ReflectionDigestCard.Create(model, InstanceId);

        CardHarness.AssertValid(card);
        var bars = CardTree.Nodes(card.Card).OfType<ColumnSet>().Where(set => set.Columns!.All(column => column.Items is { Count: 0 })).ToList();
        Assert.Equal([ContainerStyle.Accent], bars[0].Columns!.Select(column => column.Style));
        Assert.Equal([ContainerStyle.Emphasis], bars[1].Columns!.Select(column => column.Style));
    }

    [Fact]
    public void DeleteAndUndone_PassTheHarness()
    {
        var delete = ReflectionDeleteCard.Create(Item, "padlet", 5, 6, InstanceId);
        CardHarness.AssertValid(delete);
        Assert.Equal(new ReflectionDeletePayload(42, true, "padlet", 5, 6), CardInspection.Payload<ReflectionDeletePayload>(delete, CardInspection.Button(delete, "Delete")));
        Assert.Equal(new ReflectionListPayload("padlet", 5, 6), CardInspection.Payload<ReflectionListPayload>(delete, CardInspection.Button(delete, "Keep it")));

        var undone = ReflectionUndoneCard.Create(diverted: true, InstanceId);
        CardHarness.AssertValid(undone);
        Assert.Contains("Diverted time undone", CardInspection.AllText(undone), StringComparison.Ordinal);
    }

    private static ReflectionDigestCardModel DigestModel() => new(
        "Mon, November 2 \u2013 Sun, November 8",
        false,
        "2026\u201327",
        false,
        new ReflectionDigestTotals(3, 70, 1, 20, 0, 0),
        new ReflectionDigestTotals(12, 400, 2, 65, 1, 15),
        [new ReflectionDigestRoleRow("Mentor", 2, 45, 6, 250, 0.625), new ReflectionDigestRoleRow("Data Coach", 1, 25, 6, 150, 0.375)],
        ["Learner", "School Leader"],
        5,
        false,
        ["**Mentor** took 63% of your role time. \u201cOne person cannot do it all.\u201d"]);
}
