using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Cards.Actions;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Model.Inputs;

namespace CoachBot.Cards.Checks;

/// <summary>
/// The rules every CoachBot card keeps, as a pure check that tests (through the card harness) and the host
/// can run. Each problem names its rule:
/// <list type="bullet">
/// <item><c>identity</c>: a kind like <c>role.answer</c>, an instance id, type AdaptiveCard, version 1.5, and the
/// first body element is a Container whose id is the kind.</item>
/// <item><c>size</c>: at most <see cref="CardLimits.MaxCardBytes"/> of compact UTF-8 JSON.</item>
/// <item><c>input-label</c>: every input has an id and a label, and an errorMessage when it is validated
/// (required, regex, min/max).</item>
/// <item><c>image-alt</c>: every image has alt text.</item>
/// <item><c>colour-only</c>: a status colour (text colour good/warning/attention, or a container, column, row or
/// cell style good/warning/attention) comes with a status word or emoji in that text or inside that
/// container (<see cref="StatusWords"/>).</item>
/// <item><c>wrap</c>: every TextBlock has text and wraps.</item>
/// <item><c>list</c>: no Markdown list in a TextBlock or fact would run together in Teams' renderer
/// (<see cref="MarkdownListRule"/>).</item>
/// <item><c>unique-id</c>: element ids are unique.</item>
/// <item><c>actions</c>: at most <see cref="CardLimits.MaxPrimaryActions"/> primary card actions; every button
/// has a title of at most <see cref="CardLimits.MaxButtonTitleLength"/> chars; every Action.Execute has a verb
/// and data with the same verb, an integer <c>v</c> and <c>cardId</c> = the instance id.</item>
/// <item><c>summary</c>: a non-empty single-line plain-text summary of at most
/// <see cref="CardLimits.MaxSummaryLength"/> chars, and a fallbackText.</item>
/// </list>
/// </summary>
public static partial class CardRules
{
    /// <summary>Every problem of <paramref name="card"/>; empty when it keeps all the rules.</summary>
    public static IReadOnlyList<CardProblem> Check(RenderedCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var problems = new List<CardProblem>();
        CheckIdentity(card, problems);
        CheckSize(card, problems);
        CheckElements(card.Card, problems);
        CheckActions(card, problems);
        CheckSummary(card, problems);
        return problems;
    }

    private static void CheckIdentity(RenderedCard card, List<CardProblem> problems)
    {
        if (string.IsNullOrEmpty(card.Kind) || !KindPattern().IsMatch(card.Kind))
        {
            problems.Add(new("identity", "kind", $"'{card.Kind}' is not a kind name like 'role.answer'."));
        }

        if (string.IsNullOrWhiteSpace(card.InstanceId))
        {
            problems.Add(new("identity", "instanceId", "The card has no instance id."));
        }

        if (card.Card.Type != AdaptiveCard.TypeName || card.Card.Version != AdaptiveCard.CurrentVersion)
        {
            problems.Add(new("identity", "card", $"The card is '{card.Card.Type}' version '{card.Card.Version}', not AdaptiveCard {AdaptiveCard.CurrentVersion}."));
        }

        if (card.Card.Body is not [Container { Id: var id }, ..] || id != card.Kind)
        {
            problems.Add(new("identity", "body[0]", $"The first body element must be a Container with id '{card.Kind}'."));
        }
    }

    private static void CheckSize(RenderedCard card, List<CardProblem> problems)
    {
        var bytes = card.Utf8Json.Length;
        if (bytes > CardLimits.MaxCardBytes)
        {
            problems.Add(new("size", "card", $"{bytes} bytes is over the {CardLimits.MaxCardBytes}-byte limit."));
        }
    }

    private static void CheckElements(AdaptiveCard card, List<CardProblem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in CardTree.Nodes(card))
        {
            if (node is CardElement { Id: { } id } element && !ids.Add(id))
            {
                problems.Add(new("unique-id", Describe(element), $"The id '{id}' is used twice."));
            }

            switch (node)
            {
                case CardInput input:
                    CheckInput(input, problems);
                    break;
                case Image image when string.IsNullOrWhiteSpace(image.AltText):
                    problems.Add(new("image-alt", Describe(image), $"The image {image.Url} has no alt text."));
                    break;
                case TextBlock text:
                    CheckTextBlock(text, problems);
                    break;
                case Fact fact:
                    CheckList("Fact", fact.Title, problems);
                    CheckList("Fact", fact.Value, problems);
                    break;
                case TextRun run when IsStatusColour(run.Color) && !StatusWords.StatesStatus(run.Text):
                    problems.Add(new("colour-only", "TextRun", $"'{run.Text}' is coloured {run.Color} but does not say the status in words."));
                    break;
                default:
                    CheckStyledContainer(node, problems);
                    break;
            }
        }
    }

    private static void CheckInput(CardInput input, List<CardProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(input.Id))
        {
            problems.Add(new("input-label", Describe(input), "The input has no id, so its value cannot be submitted."));
        }

        if (string.IsNullOrWhiteSpace(input.Label))
        {
            problems.Add(new("input-label", Describe(input), "The input has no label."));
        }

        if (input.HasValidation() && string.IsNullOrWhiteSpace(input.ErrorMessage))
        {
            problems.Add(new("input-label", Describe(input), "The input is validated but has no errorMessage."));
        }
    }

    private static void CheckTextBlock(TextBlock text, List<CardProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text.Text))
        {
            problems.Add(new("wrap", Describe(text), "The TextBlock has no text."));
        }

        if (text.Wrap != true)
        {
            problems.Add(new("wrap", Describe(text), $"'{Short(text.Text)}' does not wrap, so long text would be cut off."));
        }

        if (IsStatusColour(text.Color) && !StatusWords.StatesStatus(text.Text))
        {
            problems.Add(new("colour-only", Describe(text), $"'{Short(text.Text)}' is coloured {text.Color} but does not say the status in words."));
        }

        CheckList(Describe(text), text.Text, problems);
    }

    private static void CheckList(string where, string? markdown, List<CardProblem> problems)
    {
        if (MarkdownListRule.Check(markdown) is { } why)
        {
            problems.Add(new(MarkdownListRule.Rule, where, $"'{Short(markdown)}': {why}."));
        }
    }

    private static void CheckStyledContainer(object node, List<CardProblem> problems)
    {
        var (style, items) = node switch
        {
            Container container => (container.Style, container.Items),
            Column column => (column.Style, column.Items),
            TableCell cell => (cell.Style, cell.Items),
            ColumnSet set => (set.Style, (IList<CardElement>?)null),
            TableRow row => (row.Style, row.Cells?.SelectMany(c => c.Items ?? []).ToList()),
            _ => (null, null),
        };
        if (!IsStatusStyle(style))
        {
            return;
        }

        var texts = TextsOf(node, items);
        if (!texts.Any(StatusWords.StatesStatus))
        {
            problems.Add(new("colour-only", node.GetType().Name, $"A {style} container does not say its status in words."));
        }
    }

    private static IEnumerable<string?> TextsOf(object node, IList<CardElement>? items)
    {
        var inner = new AdaptiveCard { Body = node is ColumnSet set ? [set] : items ?? [] };
        return CardTree.Nodes(inner).Select(n => n switch
        {
            TextBlock text => text.Text,
            TextRun run => run.Text,
            Fact fact => fact.Title + " " + fact.Value,
            _ => null,
        });
    }

    private static void CheckActions(RenderedCard card, List<CardProblem> problems)
    {
        var primary = card.Card.Actions?.Count(action => action.Mode != ActionMode.Secondary) ?? 0;
        if (primary > CardLimits.MaxPrimaryActions)
        {
            problems.Add(new("actions", "actions", $"{primary} primary actions; Teams shows {CardLimits.MaxPrimaryActions}."));
        }

        var buttons = CardTree.Nodes(card.Card)
            .SelectMany(node => node switch
            {
                AdaptiveCard inner => inner.Actions ?? [],
                ActionSet set => set.Actions ?? [],
                _ => [],
            });
        foreach (var button in buttons)
        {
            if (string.IsNullOrWhiteSpace(button.Title) || button.Title.Length > CardLimits.MaxButtonTitleLength)
            {
                problems.Add(new("actions", Describe(button), $"A button needs a title of 1–{CardLimits.MaxButtonTitleLength} chars, not '{button.Title}'."));
            }
        }

        foreach (var execute in CardTree.Actions(card.Card).OfType<ExecuteAction>())
        {
            CheckExecuteData(card, execute, problems);
        }
    }

    private static void CheckExecuteData(RenderedCard card, ExecuteAction execute, List<CardProblem> problems)
    {
        var where = Describe(execute);
        if (string.IsNullOrWhiteSpace(execute.Verb))
        {
            problems.Add(new("actions", where, "The Action.Execute has no verb."));
        }

        if (execute.Data is not { ValueKind: JsonValueKind.Object } data)
        {
            problems.Add(new("actions", where, "The Action.Execute has no data object."));
            return;
        }

        if (CardActionPayload.ReadVerb(data) != execute.Verb)
        {
            problems.Add(new("actions", where, $"The data's verb is not the action's verb '{execute.Verb}'."));
        }

        if (!data.TryGetProperty(CardActionPayload.VersionProperty, out var v) || !v.TryGetInt32(out _))
        {
            problems.Add(new("actions", where, "The data has no integer payload version 'v'."));
        }

        if (!data.TryGetProperty(CardActionPayload.CardIdProperty, out var cardId) || cardId.ValueKind != JsonValueKind.String || cardId.GetString() != card.InstanceId)
        {
            problems.Add(new("actions", where, $"The data's cardId is not the instance id '{card.InstanceId}'."));
        }
    }

    private static void CheckSummary(RenderedCard card, List<CardProblem> problems)
    {
        var summary = card.Summary;
        if (string.IsNullOrWhiteSpace(summary))
        {
            problems.Add(new("summary", "summary", "The card has no summary."));
        }
        else if (summary.Length > CardLimits.MaxSummaryLength || summary.Contains('\n', StringComparison.Ordinal) || summary.Contains('\r', StringComparison.Ordinal))
        {
            problems.Add(new("summary", "summary", $"The summary must be one line of at most {CardLimits.MaxSummaryLength} chars ({summary.Length})."));
        }
        else if (MarkupPattern().IsMatch(summary))
        {
            problems.Add(new("summary", "summary", $"The summary '{summary}' holds Markdown or markup; it must be plain text."));
        }

        if (string.IsNullOrWhiteSpace(card.Card.FallbackText))
        {
            problems.Add(new("summary", "fallbackText", "The card has no fallbackText for clients that cannot render it."));
        }
    }

    private static bool IsStatusColour(TextColor? color) => color is TextColor.Good or TextColor.Warning or TextColor.Attention;

    private static bool IsStatusStyle(ContainerStyle? style) => style is ContainerStyle.Good or ContainerStyle.Warning or ContainerStyle.Attention;

    private static string Describe(CardElement element) => element.Id is null ? element.GetType().Name : $"{element.GetType().Name} '{element.Id}'";

    private static string Describe(CardAction action) => $"{action.GetType().Name} '{action.Title}'";

    private static string Short(string? text) => text is null ? string.Empty : text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^[a-z][a-z0-9]*(?:[.\-][a-z0-9]+)*$")]
    private static partial Regex KindPattern();

    [GeneratedRegex(@"\*\*|__|\]\(|<at>|</|\\n")]
    private static partial Regex MarkupPattern();
}
