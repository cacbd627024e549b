using CoachBot.Cards.Text;
using CoachBot.Cards.Views.Roles;
using System.Collections.Frozen;

namespace CoachBot.Dialogs.RolesQa;

/// <summary>
/// The roles Q&amp;A knowledge: every topic read from a folder of Markdown files, validated as a whole.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class KnowledgeBase
{
    private const string ReadmeFile = "README.md";

    private readonly FrozenDictionary<string, KnowledgeTopic> _byId;

    private KnowledgeBase(string directory, IReadOnlyList<KnowledgeTopic> topics)
    {
        Directory = directory;
        Topics = topics;
        _byId = topics.ToFrozenDictionary(topic => topic.Id, StringComparer.Ordinal);
    }

    /// <summary>The folder the topics were read from.</summary>
    public string Directory { get; }

    /// <summary>Every topic: the required ones in <see cref="TopicIds.Required"/> order, then any extra by id.</summary>
    public IReadOnlyList<KnowledgeTopic> Topics { get; }

    public bool TryGetTopic(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out KnowledgeTopic? topic) =>
        _byId.TryGetValue(id, out topic);

    /// <summary>The topic with this id; throws <see cref="KeyNotFoundException"/> for an unknown id.</summary>
    public KnowledgeTopic GetTopic(string id) =>
        _byId.TryGetValue(id, out var topic) ? topic : throw new KeyNotFoundException($"No knowledge topic '{id}'.");

    /// <summary>The topics <paramref name="topic"/> relates to, in its order (the answer card's buttons).</summary>
    public IReadOnlyList<KnowledgeTopic> RelatedTopics(KnowledgeTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return [.. topic.Related.Select(id => _byId.GetValueOrDefault(id)).OfType<KnowledgeTopic>()];
    }

    /// <summary>
    /// The author's added tasks <paramref name="topic"/> relates to (header <c>additions</c>), in its order: each task's number
    /// and its text in the list of <see cref="TopicIds.AuthorAdditions"/>.
    /// </summary>
    public IReadOnlyList<(int Number, string Text)> AdditionTasks(KnowledgeTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (topic.AdditionTasks.Count == 0 || !_byId.TryGetValue(TopicIds.AuthorAdditions, out var additions))
        {
            return [];
        }

        var tasks = TasksOf(additions);
        return [.. topic.AdditionTasks.Where(number => number <= tasks.Count).Select(number => (number, tasks[number - 1]))];
    }

    /// <summary>
    /// Reads and validates every <c>*.md</c> file in <paramref name="directory"/> (README.md excepted).
    /// Throws <see cref="KnowledgeValidationException"/> listing every problem when the folder cannot be used.
    /// </summary>
    public static KnowledgeBase Load(string directory)
    {
        var (topics, problems) = Read(directory);
        if (problems.Count > 0)
        {
            throw new KnowledgeValidationException(directory, problems);
        }

        return new KnowledgeBase(System.IO.Path.GetFullPath(directory), topics);
    }

    /// <summary>The problems <see cref="Load"/> would report for <paramref name="directory"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string directory) => Read(directory).Problems;

    private static (IReadOnlyList<KnowledgeTopic> Topics, IReadOnlyList<string> Problems) Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var problems = new List<string>();
        if (!System.IO.Directory.Exists(directory))
        {
            problems.Add($"the knowledge folder '{directory}' does not exist.");
            return ([], problems);
        }

        var parsed = new List<KnowledgeTopic>();
        var files = System.IO.Directory.GetFiles(directory, "*.md", SearchOption.TopDirectoryOnly)
            .Where(path => !string.Equals(System.IO.Path.GetFileName(path), ReadmeFile, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var fileName = System.IO.Path.GetFileName(path);
            string content;
            try
            {
                content = File.ReadAllText(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{fileName}: cannot be read ({exception.Message}).");
                continue;
            }

            var topic = KnowledgeFileParser.Parse(fileName, content, problems);
            if (topic is not null)
            {
                parsed.Add(topic);
            }
        }

        var byId = new Dictionary<string, KnowledgeTopic>(StringComparer.Ordinal);
        foreach (var topic in parsed)
        {
            if (!byId.TryAdd(topic.Id, topic))
            {
                problems.Add($"{topic.SourceFile}: duplicate id '{topic.Id}' (also in {byId[topic.Id].SourceFile}).");
            }
        }

        CheckLinks(byId.Values, byId, problems);
        CheckAdditions(byId, problems);
        foreach (var id in TopicIds.Required)
        {
            if (!byId.ContainsKey(id))
            {
                problems.Add($"{id}.md: the required topic '{id}' is missing.");
            }
        }

        var required = TopicIds.Required.ToHashSet(StringComparer.Ordinal);
        var ordered = TopicIds.Required.Where(byId.ContainsKey).Select(id => byId[id])
            .Concat(byId.Values.Where(topic => !required.Contains(topic.Id)).OrderBy(topic => topic.Id, StringComparer.Ordinal))
            .ToArray();
        return (ordered, problems);
    }

    /// <summary>The numbered list of the author's added tasks in <paramref name="additions"/>'s answer (empty when it has none).</summary>
    private static IReadOnlyList<string> TasksOf(KnowledgeTopic additions) =>
        MarkdownSubset.Parse(additions.Answer).FirstOrDefault(block => block.IsNumbered)?.Lines ?? [];

    private static void CheckAdditions(Dictionary<string, KnowledgeTopic> byId, List<string> problems)
    {
        var tasks = byId.TryGetValue(TopicIds.AuthorAdditions, out var additions) ? TasksOf(additions).Count : 0;
        foreach (var topic in byId.Values.Where(topic => topic.AdditionTasks.Count > 0).OrderBy(topic => topic.SourceFile, StringComparer.Ordinal))
        {
            foreach (var number in topic.AdditionTasks.Where(number => number > tasks))
            {
                problems.Add(tasks == 0
                    ? $"{topic.SourceFile}: 'additions' names task {number}, but {TopicIds.AuthorAdditions}.md has no numbered list of tasks."
                    : $"{topic.SourceFile}: 'additions' names task {number}, but {TopicIds.AuthorAdditions}.md lists {tasks}.");
            }
        }
    }

    private static void CheckLinks(
        IEnumerable<KnowledgeTopic> topics, Dictionary<string, KnowledgeTopic> byId, List<string> problems)
    {
        foreach (var topic in topics.OrderBy(topic => topic.SourceFile, StringComparer.Ordinal))
        {
            foreach (var related in topic.Related)
            {
                if (related == topic.Id)
                {
                    problems.Add($"{topic.SourceFile}: 'related' lists the topic itself.");
                }
                else if (!byId.ContainsKey(related))
                {
                    problems.Add($"{topic.SourceFile}: 'related' names the unknown topic id '{related}'.");
                }
            }

            if (topic.Origin2013TopicId is { } origin
                && (!byId.TryGetValue(origin, out var competency) || competency.Kind != TopicKind.Competency2013))
            {
                problems.Add($"{topic.SourceFile}: 'origin2013' must name a competency2013 topic, not '{origin}'.");
            }
        }
    }
}
