namespace CoachBot.Dialogs.RolesQa;

/// <summary>One topic of the knowledge base, as read from <c>&lt;id&gt;.md</c>. Immutable.</summary>
public sealed record KnowledgeTopic
{
    /// <summary>The topic id (a contract with the question sets and cards), e.g. <c>role.mentor</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The title shown on cards and buttons.</summary>
    public required string Title { get; init; }

    public required TopicKind Kind { get; init; }

    /// <summary>Other ways people ask for this topic.</summary>
    public IReadOnlyList<string> Alternates { get; init; } = [];

    /// <summary>Words and phrases that point to this topic in a question.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Words and phrases in a teacher's support request that point to this role (routing only).</summary>
    public IReadOnlyList<string> Requests { get; init; } = [];

    /// <summary>Ids of related topics, in the order they should be offered.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>For a role: the id of the 2013 competency it grew from, when there is one.</summary>
    public string? Origin2013TopicId { get; init; }

    /// <summary>The answer (Markdown), without the optional sections.</summary>
    public required string Answer { get; init; }

    /// <summary>For a role: where it came from on the 2013 list (section <c>## In 2013</c>).</summary>
    public string? Origin2013 { get; init; }

    /// <summary>The author's view, where the article gives one (section <c>## Author's view</c>).</summary>
    public string? AuthorView { get; init; }

    /// <summary>
    /// The article's own words this answer draws on, copied exactly (header <c>quote</c>): the answer card ends with it, as
    /// "Jean Tower, Role of the Instructional Technology Specialist". Required; <c>validate-knowledge</c> checks it against the article.
    /// </summary>
    public string Quote { get; init; } = "";

    /// <summary>
    /// The whole passage of the article the quote is taken from (section <c>## From the article</c>, paragraphs as in the
    /// article), or null when the quote is the whole passage. "Tell me more" shows it.
    /// </summary>
    public string? Passage { get; init; }

    /// <summary>Numbers (1-based) of the author's added tasks (the list in <c>author.additions</c>) this topic relates to (header <c>additions</c>).</summary>
    public IReadOnlyList<int> AdditionTasks { get; init; } = [];

    /// <summary>The file the topic was read from (for messages).</summary>
    public string SourceFile { get; init; } = "";

    /// <summary>The answer with its sections, as one text (what the answer card shows, without the quote).</summary>
    public string FullText =>
        string.Join("\n\n", new[] { Answer, Origin2013, AuthorView }.Where(part => !string.IsNullOrWhiteSpace(part)));
}
