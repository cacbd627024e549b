using CoachBot.Cards.Checks;
using CoachBot.Cards.Model;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;
using CoachBot.Cards.Text;

namespace CoachBot.Cards.Views.Roles;

/// <summary>
/// What "tell me more" adds to an answer card, and only that: the article's passage in full, the 2013 competency the role
/// grew from, and the author's added tasks that go with the topic (<see cref="Kind"/>). When nothing is left, the card says
/// so and offers the related topics (<see cref="NothingMoreKind"/>). Both keep "Ask a coach about this".
/// </summary>
public static class RoleMoreCard
{
    public const string Kind = "role.more";

    public const string NothingMoreKind = "role.nothing-more";

    /// <summary>At most this many related topics are offered when nothing more is left.</summary>
    public const int MaxRelated = 6;

    private const int MaxTitleLength = 200;

    private const int MaxQuestionLength = 2000;

    /// <summary>The "more" card; throws when the model has nothing to add (use <see cref="NothingMore"/>).</summary>
    public static RenderedCard Create(RoleMoreCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(model.TopicId);
        if (!model.HasMore)
        {
            throw new ArgumentException("The model has nothing to add; show the nothing-more card instead.", nameof(model));
        }

        var title = Title(model.Title);
        var tasks = model.Tasks ?? [];
        var summary = PlainText.Summary($"More on {title}: {SummaryOf(model)}", CardLimits.MaxSummaryLength);
        return CardLayout.FitToSize(
            [model.Passage ?? string.Empty, model.Competency?.Answer ?? string.Empty],
            texts => CardLayout.Render(
                Kind,
                instanceId,
                summary,
                [
                    CardLayout.Heading($"More on {title}"),
                    .. Passage(texts[0]),
                    .. Competency(model.Competency, texts[1]),
                    .. Tasks(tasks),
                ],
                [AskACoach(model, instanceId)]));
    }

    /// <summary>"That's everything I have on …", with the related topics as buttons.</summary>
    public static RenderedCard NothingMore(RoleMoreCardModel model, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(model.TopicId);
        var title = Title(model.Title);
        var related = (model.Related ?? []).Where(link => !string.IsNullOrWhiteSpace(link.TopicId) && link.TopicId != model.TopicId)
            .Take(MaxRelated)
            .ToList();
        var items = new List<CardElement>
        {
            CardLayout.Heading($"That's all on {title}"),
            CardLayout.Paragraph(related.Count > 0
                ? $"I've nothing more to add on {title}. These topics go on from it:"
                : $"I've nothing more to add on {title}. Ask me about another role, or type **roles** to see all ten."),
        };
        if (related.Count > 0)
        {
            items.Add(new ActionSet
            {
                Actions = [.. related.Select(link => (CardAction)CardLayout.Button(string.IsNullOrWhiteSpace(link.Title) ? link.TopicId : link.Title, new RoleTopicPayload(link.TopicId), instanceId))],
            });
        }

        return CardLayout.Render(
            NothingMoreKind,
            instanceId,
            PlainText.Summary($"That's all on {title}: try a related topic.", CardLimits.MaxSummaryLength),
            items,
            [AskACoach(model, instanceId)]);
    }

    private static string Title(string? title) =>
        string.IsNullOrWhiteSpace(title) ? "this topic" : PlainText.OneLine(title, MaxTitleLength);

    private static string SummaryOf(RoleMoreCardModel model) =>
        model.Passage is { Length: > 0 } ? "the article's passage in full"
        : model.Competency is { } competency ? $"in 2013, {competency.Link.Title}"
        : "the author's added tasks";

    private static ExecuteAction AskACoach(RoleMoreCardModel model, string instanceId) =>
        CardLayout.Button(
            "Ask a coach about this",
            new SupportAskPayload(model.TopicId, string.IsNullOrWhiteSpace(model.Question) ? null : PlainText.Shorten(model.Question.Trim(), MaxQuestionLength)),
            instanceId);

    private static IEnumerable<CardElement> Passage(string passage)
    {
        if (string.IsNullOrWhiteSpace(passage))
        {
            yield break;
        }

        yield return CardLayout.SectionHeading("The article's passage in full");
        foreach (var element in ArticleQuote.Block(passage))
        {
            yield return element;
        }
    }

    private static IEnumerable<CardElement> Competency(RoleMoreCompetency? competency, string answer)
    {
        if (competency is null || string.IsNullOrWhiteSpace(answer))
        {
            yield break;
        }

        yield return new Container
        {
            Separator = true,
            Spacing = Spacing.Medium,
            Items =
            [
                CardLayout.SectionHeading($"In 2013: {PlainText.OneLine(competency.Link.Title, MaxTitleLength)}"),
                .. CardLayout.Markdown(answer),
            ],
        };
    }

    private static IEnumerable<CardElement> Tasks(IReadOnlyList<string> tasks)
    {
        if (tasks.Count == 0)
        {
            yield break;
        }

        yield return new Container
        {
            Separator = true,
            Spacing = Spacing.Medium,
            Items =
            [
                CardLayout.SectionHeading(tasks.Count == 1 ? "A task the author would add" : "Tasks the author would add"),
                CardLayout.Paragraph(string.Join('\n', tasks.Select(task => "- " + PlainText.CollapseWhitespace(task)))),
            ],
        };
    }
}

/// <summary>
/// What "tell me more" can add to the answer on <paramref name="TopicId"/>: the passage in full (null when the answer card's
/// quote was all of it), the linked 2013 competency, the author's added tasks that go with it, and the related topics (for
/// the nothing-more card). <paramref name="Question"/> goes with "Ask a coach about this".
/// </summary>
public sealed record RoleMoreCardModel(
    string TopicId,
    string Title,
    string? Passage = null,
    RoleMoreCompetency? Competency = null,
    IReadOnlyList<string>? Tasks = null,
    IReadOnlyList<TopicLink>? Related = null,
    string? Question = null)
{
    /// <summary>True when the card has something the answer card did not show.</summary>
    public bool HasMore => !string.IsNullOrWhiteSpace(Passage) || Competency is not null || Tasks is { Count: > 0 };
}

/// <summary>The 2013 competency a role grew from: its link and its answer (Markdown).</summary>
public sealed record RoleMoreCompetency(TopicLink Link, string Answer);
