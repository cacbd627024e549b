using CoachBot.Dialogs.RolesQa;

namespace CoachBot.Bench.RolesQa;

/// <summary>
/// <c>validate-knowledge DIR [--article FILE]</c>: checks an edited knowledge folder before a deploy, and that every topic's
/// quote (and the passage it comes from) is word for word in the article: <c>--article FILE</c>, else the <c>.txt</c> files
/// of the first <c>shared/seed</c> folder found beside DIR or one of its parents (<c>../shared/seed</c> from the repository).
/// Without the article the quotes are not checked, and the output says so.
/// </summary>
internal sealed class ValidateKnowledgeCommand : IBenchCommand
{
    private const string ArticleOption = "--article";

    public string Name => "validate-knowledge";

    public string Usage =>
        "DIR [--article FILE]   check a knowledge folder and its quotes against the article (default: shared/seed beside DIR); prints OK with the topic count, or every problem (exit 1)";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var rest = args.ToList();
        string? article = null;
        var at = rest.IndexOf(ArticleOption);
        if (at >= 0)
        {
            if (at + 1 >= rest.Count)
            {
                error.WriteLine($"usage: validate-knowledge {Usage}");
                return CommandDispatcher.UsageError;
            }

            article = rest[at + 1];
            rest.RemoveRange(at, 2);
            if (!File.Exists(article))
            {
                error.WriteLine($"no article at {article}");
                return CommandDispatcher.UsageError;
            }
        }

        if (rest.Count != 1)
        {
            error.WriteLine($"usage: validate-knowledge {Usage}");
            return CommandDispatcher.UsageError;
        }

        KnowledgeBase knowledge;
        try
        {
            knowledge = KnowledgeBase.Load(rest[0]);
        }
        catch (KnowledgeValidationException exception)
        {
            output.WriteLine(exception.Message);
            return 1;
        }

        var articles = article is not null ? [Path.GetFullPath(article)] : FindSeedArticles(knowledge.Directory);
        if (articles.Count == 0)
        {
            output.WriteLine($"OK: {knowledge.Topics.Count} topics in {knowledge.Directory}");
            output.WriteLine($"quotes not checked: no shared/seed folder beside {knowledge.Directory} or its parents (pass {ArticleOption} FILE)");
            return 0;
        }

        var text = string.Join("\n\n", articles.Select(File.ReadAllText));
        var problems = ArticleText.CheckQuotes(knowledge.Topics, text, string.Join(", ", articles.Select(Path.GetFileName)));
        if (problems.Count > 0)
        {
            output.WriteLine($"The knowledge folder '{knowledge.Directory}' has {problems.Count} quote problem(s):");
            foreach (var problem in problems)
            {
                output.WriteLine($"- {problem}");
            }

            return 1;
        }

        output.WriteLine($"OK: {knowledge.Topics.Count} topics in {knowledge.Directory}");
        output.WriteLine($"quotes: {knowledge.Topics.Count} quotes and {knowledge.Topics.Count(t => t.Passage is not null)} passages word for word in {string.Join(", ", articles)}");
        return 0;
    }

    /// <summary>The <c>.txt</c> files of the first <c>shared/seed</c> folder at or above <paramref name="directory"/>.</summary>
    private static IReadOnlyList<string> FindSeedArticles(string directory)
    {
        for (var folder = new DirectoryInfo(directory); folder is not null; folder = folder.Parent)
        {
            var seed = Path.Combine(folder.FullName, "shared", "seed");
            if (Directory.Exists(seed))
            {
                return [.. Directory.GetFiles(seed, "*.txt").Order(StringComparer.Ordinal)];
            }
        }

        return [];
    }
}
