using CoachBot.Cards.Actions;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views;

/// <summary>
/// The building blocks CoachBot's views share, so every card looks alike and keeps the harness rules: one
/// root Container whose id is the card kind, wrapping text, headings marked for screen readers, user text
/// only in plain text runs (never parsed as Markdown), and buttons built from typed payloads.
/// </summary>
public static class CardLayout
{
    /// <summary>
    /// A card of <paramref name="kind"/>: the items inside one root Container with id = kind, the actions,
    /// and the summary as fallbackText.
    /// </summary>
    public static RenderedCard Render(string kind, string instanceId, string summary, IEnumerable<CardElement> items, IEnumerable<CardAction>? actions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(items);
        var actionList = actions?.ToList();
        var card = new AdaptiveCard
        {
            FallbackText = summary,
            Body = [new Container { Id = kind, Items = items.ToList() }],
            Actions = actionList is { Count: > 0 } ? actionList : null,
        };
        return new RenderedCard(kind, instanceId, card, summary);
    }

    /// <summary>A heading (bold, marked as a heading for screen readers).</summary>
    public static TextBlock Heading(string text) => new()
    {
        Text = text,
        Wrap = true,
        Style = TextBlockStyle.Heading,
        Size = TextSize.Medium,
        Weight = TextWeight.Bolder,
    };

    /// <summary>A smaller bold heading for a section of a card.</summary>
    public static TextBlock SectionHeading(string text) => new()
    {
        Text = text,
        Wrap = true,
        Weight = TextWeight.Bolder,
        Spacing = Spacing.Medium,
    };

    /// <summary>A paragraph of CoachBot's own text (the Markdown subset is rendered).</summary>
    public static TextBlock Paragraph(string markdown) => new() { Text = markdown, Wrap = true };

    /// <summary>
    /// One item of a bulleted list, as its own TextBlock: items kept in separate blocks never run together, whatever
    /// the renderer does with Markdown lists inside one block.
    /// </summary>
    public static TextBlock ListItem(string markdown) => new() { Text = $"- {markdown}", Wrap = true, Spacing = Spacing.Small };

    /// <summary>A quiet line, e.g. a reference number or a hint.</summary>
    public static TextBlock Note(string markdown) => new() { Text = markdown, Wrap = true, IsSubtle = true, Size = TextSize.Small };

    /// <summary>
    /// Text that must not be read as Markdown (user text, names, ids): plain runs in a RichTextBlock. Null or
    /// empty runs are left out.
    /// </summary>
    public static RichTextBlock Plain(params TextRun?[] runs) => new() { Inlines = runs.Where(run => !string.IsNullOrEmpty(run?.Text)).Select(run => run!).ToList() };

    /// <summary>A plain run of text.</summary>
    public static TextRun Run(string? text) => new() { Text = text };

    /// <summary>A bold plain run.</summary>
    public static TextRun Bold(string? text) => new() { Text = text, Weight = TextWeight.Bolder };

    /// <summary>An italic plain run.</summary>
    public static TextRun Italic(string? text) => new() { Text = text, Italic = true };

    /// <summary>CoachBot's own Markdown-subset text (paragraphs, <c>- </c> lists) as TextBlocks, one per block.</summary>
    public static IEnumerable<CardElement> Markdown(string markdown) =>
        MarkdownSubset.Parse(markdown).Select(block => (CardElement)Paragraph(MarkdownSubset.ToCardText(block)));

    /// <summary>
    /// Builds a card from <paramref name="texts"/> and, while it is over <see cref="Checks.CardLimits.MaxCardBytes"/>,
    /// shortens the longest text (with an ellipsis) and builds again. Pure: the same texts give the same card.
    /// </summary>
    public static RenderedCard FitToSize(IReadOnlyList<string> texts, Func<IReadOnlyList<string>, RenderedCard> build)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(build);
        const int shortest = 40;
        var current = texts.ToArray();
        while (true)
        {
            var card = build(current);
            var excess = card.Utf8Json.Length - Checks.CardLimits.MaxCardBytes;
            var longest = Array.IndexOf(current, current.MaxBy(text => text.Length));
            if (excess <= 0 || longest < 0 || current[longest].Length <= shortest)
            {
                return card;
            }

            // Every char is at least one byte, so cutting `excess` chars removes at least `excess` bytes.
            current[longest] = PlainText.Shorten(current[longest], Math.Max(shortest, current[longest].Length - excess - 64));
        }
    }

    /// <summary>A button running a typed payload; the title is shortened to fit a button.</summary>
    public static ExecuteAction Button<T>(string title, T payload, string instanceId)
        where T : class, ICardActionPayload<T> =>
        CardActionPayload.Execute(PlainText.OneLine(title, Checks.CardLimits.MaxButtonTitleLength), payload, instanceId);
}
