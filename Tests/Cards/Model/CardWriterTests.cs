using System.Text.Encodings.Web;
using System.Text.Json;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;
using CoachBot.Cards.Views;
using CoachBot.Cards.Views.Roles;
using CoachBot.Tests.Cards.Harness;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Cards.Model;

/// <summary>
/// The hand-written card writer behind <see cref="CardJson"/> writes exactly the bytes the source-generated context
/// writes (it exists only to be faster): for every golden view card, every official sample, and randomly built cards
/// that set and leave out every property of the element and action types it writes by hand.
/// </summary>
public sealed class CardWriterTests
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, IndentSize = 2 };

    public static TheoryData<string> GoldenCards => new(Directory.GetFiles(GoldenFile.Folder, "*.json").Select(Path.GetFileName).Order().ToArray()!);

    [Theory]
    [MemberData(nameof(GoldenCards))]
    public void GoldenViewCard_IsWrittenAsTheContextWritesIt(string fileName)
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldenFile.Folder, fileName)));
        Assert.True(CardJson.TryDeserialize(golden.RootElement.GetProperty("card"), out var card, out var error), error);

        AssertSameBytes(card);
    }

    [Fact]
    public void OfficialSamples_AreWrittenAsTheContextWritesThem()
    {
        var folder = SharedFolder.RequirePath(Path.Combine("fixtures", "cards"));
        var files = Directory.GetFiles(folder, "*.json");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.True(CardJson.TryDeserialize(File.ReadAllText(file), out var card, out var error), error);
            AssertSameBytes(card);
        }
    }

    [Fact]
    public void RandomCards_AreWrittenAsTheContextWritesThem()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 400; i++)
        {
            AssertSameBytes(RandomCard(random));
        }
    }

    [Theory]
    [InlineData("What does a data coach do?")]
    [InlineData("Ærlig talt – \"quotes\", <b>tags</b> & emoji 👍 \\ back\tslash \u0001 \u2028 end")]
    public void ButtonsBuiltFromPayloads_AreWrittenAsTheContextWritesThem_AndReadBack(string question)
    {
        var rendered = CardLayout.Render(
            "test.card",
            "card-1",
            "summary",
            [new ActionSet { Actions = [CardLayout.Button("Ask", new SupportAskPayload("role.mentor", question), "card-1")] }],
            [CardLayout.Button("👍 Yes", new RoleVotePayload("role.mentor", Helpful: true, 1796315676, "c2ln", question), "card-1")]);

        AssertSameBytes(rendered.Card);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(ContextBytes(rendered.Card, Compact)), System.Text.Encoding.UTF8.GetString(rendered.Utf8Json));
        var vote = CardActionPayload.Read<RoleVotePayload>(((ExecuteAction)rendered.Card.Actions![0]).Data!.Value);
        Assert.True(vote.Succeeded, vote.Error);
        Assert.Equal(question, vote.Payload!.Question);
        Assert.Equal("card-1", vote.CardId);
    }

    [Fact]
    public void LoneSurrogateInAButtonPayload_IsWrittenAsTheContextWritesIt()
    {
        var question = "a" + '\uD800' + "b";
        var rendered = CardLayout.Render("test.card", "card-1", "summary", [CardLayout.Paragraph("x")], [CardLayout.Button("Ask", new SupportAskPayload("role.mentor", question), "card-1")]);

        AssertSameBytes(rendered.Card);
    }

    [Fact]
    public void CardWithoutAType_LeavesTheTypeOutAsTheContextDoes()
    {
        AssertSameBytes(new AdaptiveCard { Type = null!, Body = [new TextBlock { Text = "x" }] });
    }

    [Fact]
    public void NestingTooDeep_IsRefusedAtTheSameDepthAsTheContext()
    {
        // Containers only (two levels each), column sets only (four), and the two in turn; innermost a button or a text.
        foreach (var pattern in new[] { "container", "columns", "both" })
        {
            for (var depth = 1; depth <= 40; depth++)
            {
                CardElement element = depth % 2 == 0
                    ? new TextBlock { Text = "innermost" }
                    : new ActionSet { Actions = [new OpenUrlAction { Title = "Open", Url = "https://example.org" }] };
                for (var i = 0; i < depth; i++)
                {
                    element = pattern == "container" || (pattern == "both" && i % 2 == 0)
                        ? new Container { Items = [element] }
                        : new ColumnSet { Columns = [new Column { Items = [element] }] };
                }

                var card = new AdaptiveCard { Body = [element] };
                var expected = Record.Exception(() => ContextBytes(card, Compact));
                var actual = Record.Exception(() => CardJson.SerializeToUtf8Bytes(card));

                Assert.True(expected?.GetType() == actual?.GetType(), $"{pattern}, {depth} levels: the context gave {expected?.GetType().Name ?? "bytes"}, the writer {actual?.GetType().Name ?? "bytes"}");
                if (expected is null)
                {
                    AssertSameBytes(card);
                }
            }
        }
    }

    [Fact]
    public void ContainerHoldingItself_IsRefusedWithAJsonException()
    {
        var items = new List<CardElement>();
        var container = new Container { Items = items };
        items.Add(container);

        Assert.Throws<JsonException>(() => CardJson.SerializeToUtf8Bytes(new AdaptiveCard { Body = [container] }));
    }

    [Fact]
    public void ValueOutsideAnEnum_IsRefusedAsTheContextRefusesIt()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "x", Size = (TextSize)99 }] };

        var expected = Assert.ThrowsAny<Exception>(() => ContextBytes(card, Compact));
        var actual = Assert.ThrowsAny<Exception>(() => CardJson.SerializeToUtf8Bytes(card));

        Assert.Equal(expected.GetType(), actual.GetType());
    }

    private static void AssertSameBytes(AdaptiveCard card)
    {
        Assert.Equal(System.Text.Encoding.UTF8.GetString(ContextBytes(card, Compact)), CardJson.Serialize(card));
        Assert.Equal(System.Text.Encoding.UTF8.GetString(ContextBytes(card, Indented)), CardJson.Serialize(card, indented: true));
    }

    private static byte[] ContextBytes(AdaptiveCard card, JsonWriterOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            JsonSerializer.Serialize(writer, card, CardJsonContext.Default.AdaptiveCard);
        }

        return stream.ToArray();
    }

    private static AdaptiveCard RandomCard(Random random) => new()
    {
        Type = Maybe(random, 0.05) ? "NotAnAdaptiveCard" : AdaptiveCard.TypeName,
        Schema = Maybe(random) ? AdaptiveCard.SchemaUrl : null,
        Version = Maybe(random) ? "1.4" : null,
        FallbackText = Text(random),
        Speak = Text(random),
        Lang = Maybe(random, 0.2) ? "nb" : null,
        Refresh = Maybe(random, 0.1) ? new Refresh { Action = new ExecuteAction { Verb = "refresh" }, UserIds = ["u1"] } : null,
        Body = Maybe(random, 0.9) ? Elements(random, 3) : null,
        Actions = Maybe(random) ? Actions(random) : null,
        SelectAction = Maybe(random, 0.2) ? Action(random) : null,
        AdditionalProperties = Extensions(random),
    };

    private static List<CardElement> Elements(Random random, int depth) =>
        Enumerable.Range(0, random.Next(0, 5)).Select(_ => Element(random, depth)).ToList();

    private static CardElement Element(Random random, int depth)
    {
        var id = Maybe(random) ? "id-" + random.Next(100) : null;
        var spacing = Member<Spacing>(random);
        var separator = Flag(random);
        var isVisible = Flag(random);
        var height = Member<BlockElementHeight>(random);
        var extensions = Extensions(random);
        return random.Next(depth > 0 ? 9 : 6) switch
        {
            0 => new TextBlock
            {
                Id = id, Spacing = spacing, Separator = separator, IsVisible = isVisible, Height = height, AdditionalProperties = extensions,
                Text = Text(random),
                Wrap = Flag(random),
                MaxLines = Maybe(random, 0.2) ? random.Next(1, 5) : null,
                Color = Member<TextColor>(random),
                Size = Member<TextSize>(random),
                Weight = Member<TextWeight>(random),
                FontType = Member<FontType>(random),
                IsSubtle = Flag(random),
                HorizontalAlignment = Member<HorizontalAlignment>(random),
                Style = Member<TextBlockStyle>(random),
            },
            1 => new RichTextBlock
            {
                Id = id, Spacing = spacing, Separator = separator, IsVisible = isVisible, Height = height, AdditionalProperties = extensions,
                Inlines = Maybe(random, 0.9) ? Enumerable.Range(0, random.Next(0, 4)).Select(_ => Run(random)).ToList() : null,
                HorizontalAlignment = Member<HorizontalAlignment>(random),
            },
            2 => new ActionSet { Id = id, Spacing = spacing, Separator = separator, IsVisible = isVisible, Height = height, AdditionalProperties = extensions, Actions = Maybe(random, 0.9) ? Actions(random) : null },
            3 => new FactSet
            {
                Id = id, Spacing = spacing, Separator = separator, IsVisible = isVisible, Height = height, AdditionalProperties = extensions,
                Facts = Maybe(random, 0.9)
                    ? Enumerable.Range(0, random.Next(0, 4)).Select(_ => new Fact { Title = Text(random), Value = Text(random), AdditionalProperties = Extensions(random) }).ToList()
                    : null,
            },
            4 => new TextInput { Id = id, Spacing = spacing, Height = height, AdditionalProperties = extensions, Label = Text(random), IsRequired = Flag(random), Placeholder = Text(random), MaxLength = 10 },
            5 => new Image { Id = id, Spacing = spacing, Separator = separator, AdditionalProperties = extensions, Url = "https://example.org/a.png", AltText = Text(random), Height = Maybe(random) ? "20px" : null },
            6 or 7 => new Container
            {
                Id = id, Spacing = spacing, Separator = separator, IsVisible = isVisible, Height = height, AdditionalProperties = extensions,
                Items = Maybe(random, 0.9) ? Elements(random, depth - 1) : null,
                Style = Member<ContainerStyle>(random),
                VerticalContentAlignment = Member<VerticalContentAlignment>(random),
                Bleed = Flag(random),
                MinHeight = Maybe(random, 0.2) ? "40px" : null,
                SelectAction = Maybe(random, 0.2) ? Action(random) : null,
            },
            _ => new ColumnSet
            {
                Id = id, Spacing = spacing, Separator = separator, IsVisible = isVisible, Height = height, AdditionalProperties = extensions,
                Columns = Maybe(random, 0.9) ? Enumerable.Range(0, random.Next(0, 3)).Select(_ => Column(random, depth - 1)).ToList() : null,
                Style = Member<ContainerStyle>(random),
                Bleed = Flag(random),
                MinHeight = Maybe(random, 0.2) ? "40px" : null,
                HorizontalAlignment = Member<HorizontalAlignment>(random),
                SelectAction = Maybe(random, 0.2) ? Action(random) : null,
            },
        };
    }

    private static Column Column(Random random, int depth) => new()
    {
        Id = Maybe(random) ? "column" : null,
        Items = Maybe(random, 0.9) ? Elements(random, depth) : null,
        Width = random.Next(4) switch { 0 => ColumnWidth.Auto, 1 => ColumnWidth.Relative(2), 2 => ColumnWidth.Pixels(40), _ => null },
        Style = Member<ContainerStyle>(random),
        VerticalContentAlignment = Member<VerticalContentAlignment>(random),
        Spacing = Member<Spacing>(random),
        Separator = Flag(random),
        IsVisible = Flag(random),
        Bleed = Flag(random),
        MinHeight = Maybe(random, 0.2) ? "40px" : null,
        SelectAction = Maybe(random, 0.2) ? Action(random) : null,
        AdditionalProperties = Extensions(random),
    };

    private static TextRun Run(Random random) => new()
    {
        Text = Text(random),
        Color = Member<TextColor>(random),
        Size = Member<TextSize>(random),
        Weight = Member<TextWeight>(random),
        FontType = Member<FontType>(random),
        IsSubtle = Flag(random),
        Italic = Flag(random),
        Strikethrough = Flag(random),
        Underline = Flag(random),
        Highlight = Flag(random),
        SelectAction = Maybe(random, 0.2) ? Action(random) : null,
        AdditionalProperties = Extensions(random),
    };

    private static List<CardAction> Actions(Random random) =>
        Enumerable.Range(0, random.Next(0, 4)).Select(_ => Action(random)).ToList();

    private static CardAction Action(Random random)
    {
        var title = Text(random);
        var id = Maybe(random) ? "action" : null;
        var iconUrl = Maybe(random, 0.2) ? "https://example.org/i.png" : null;
        var style = Member<ActionStyle>(random);
        var mode = Member<ActionMode>(random);
        var tooltip = Text(random);
        var isEnabled = Flag(random);
        var extensions = Extensions(random);
        var data = Maybe(random) ? JsonDocument.Parse("{\"verb\":\"x\",\"n\":[1,2.5,\"é😀\"],\"o\":{\"a\":null}}").RootElement.Clone() : (JsonElement?)null;
        var inputs = Member<AssociatedInputs>(random);
        return random.Next(5) switch
        {
            0 or 1 => new ExecuteAction
            {
                Title = title, Id = id, IconUrl = iconUrl, Style = style, Mode = mode, Tooltip = tooltip, IsEnabled = isEnabled,
                AdditionalProperties = extensions, Verb = Maybe(random, 0.8) ? "roles.topic" : null, Data = data, AssociatedInputs = inputs,
            },
            2 => new SubmitAction
            {
                Title = title, Id = id, IconUrl = iconUrl, Style = style, Mode = mode, Tooltip = tooltip, IsEnabled = isEnabled,
                AdditionalProperties = extensions, Data = data, AssociatedInputs = inputs,
            },
            3 => new OpenUrlAction
            {
                Title = title, Id = id, IconUrl = iconUrl, Style = style, Mode = mode, Tooltip = tooltip, IsEnabled = isEnabled,
                AdditionalProperties = extensions, Url = Maybe(random, 0.8) ? "https://example.org/?a=1&b=<2>" : null,
            },
            _ => new ToggleVisibilityAction { Title = title, TargetElements = [new TargetElement("a"), new TargetElement("b", false)] },
        };
    }

    private static Dictionary<string, JsonElement>? Extensions(Random random) =>
        Maybe(random, 0.15)
            ? new Dictionary<string, JsonElement>
            {
                ["fallback"] = JsonDocument.Parse("\"drop\"").RootElement.Clone(),
                ["requires"] = JsonDocument.Parse("{\"adaptiveCards\":\"1.5\"}").RootElement.Clone(),
            }
            : null;

    private static string? Text(Random random) => random.Next(6) switch
    {
        0 => null,
        1 => "",
        2 => "Plain words",
        3 => "Ærlig talt – \"quotes\", <tags> & emoji 👍\n- a list",
        4 => "Tab\there and a backslash \\ and \u0001 control",
        _ => new string('x', random.Next(1, 300)),
    };

    private static bool? Flag(Random random) => random.Next(3) switch { 0 => null, 1 => true, _ => false };

    private static TEnum? Member<TEnum>(Random random)
        where TEnum : struct, Enum
    {
        var members = Enum.GetValues<TEnum>();
        var pick = random.Next(members.Length + 1);
        return pick == members.Length ? null : members[pick];
    }

    private static bool Maybe(Random random, double chance = 0.5) => random.NextDouble() < chance;
}
