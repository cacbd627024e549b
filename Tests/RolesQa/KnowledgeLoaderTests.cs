using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.RolesQa;

/// <summary>Loading an edited knowledge folder: every kind of mistake is reported with its file, all at once.</summary>
public sealed class KnowledgeLoaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("coachbot-knowledge-");

    public KnowledgeLoaderTests()
    {
        foreach (var file in Directory.GetFiles(KnowledgeFixture.KnowledgeDirectory, "*.md"))
        {
            File.Copy(file, Path.Combine(_folder.FullName, Path.GetFileName(file)));
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void An_unedited_copy_loads_every_topic_and_an_extra_topic_is_welcome()
    {
        Write("extra.topic.md", Topic("extra.topic", "An extra topic", "role.mentor", "Some answer."));

        var knowledge = KnowledgeBase.Load(_folder.FullName);

        Assert.Equal(TopicIds.Required.Count + 1, knowledge.Topics.Count);
        Assert.Equal(TopicIds.Required, knowledge.Topics.Take(TopicIds.Required.Count).Select(t => t.Id));
        Assert.Empty(KnowledgeBase.Validate(_folder.FullName));
    }

    [Fact]
    public void An_unknown_related_id_is_reported_with_its_file()
    {
        Edit("role.mentor.md", "related: role.classroom-supporter,", "related: role.classroom-helper,");

        var problem = Assert.Single(Problems());

        Assert.Contains("role.mentor.md", problem, StringComparison.Ordinal);
        Assert.Contains("role.classroom-helper", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_is_reported_naming_both_files()
    {
        Write("role.mentor-copy.md", File.ReadAllText(Path.Combine(_folder.FullName, "role.mentor.md")));

        var problems = Problems();

        Assert.Contains(problems, p => p.Contains("duplicate id 'role.mentor'", StringComparison.Ordinal)
            && p.Contains("role.mentor.md", StringComparison.Ordinal) && p.Contains("role.mentor-copy.md", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_answer_is_reported()
    {
        Write("role.learner.md", "---\nid: role.learner\ntitle: Learner\nkind: role\n---\n\n   \n");

        var problems = Problems();

        Assert.Contains(problems, p => p.StartsWith("role.learner.md", StringComparison.Ordinal) && p.Contains("answer is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_title_is_reported()
    {
        Edit("standards.iste.md", "title: The ISTE standards for coaches", "title:");

        var problem = Assert.Single(Problems());

        Assert.Contains("standards.iste.md", problem, StringComparison.Ordinal);
        Assert.Contains("title is empty", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_topic_is_reported_by_id()
    {
        File.Delete(Path.Combine(_folder.FullName, "plan.long-term.md"));
        foreach (var file in _folder.GetFiles("*.md"))
        {
            File.WriteAllText(file.FullName, File.ReadAllText(file.FullName).Replace(", plan.long-term", "", StringComparison.Ordinal));
        }

        var problem = Assert.Single(Problems());

        Assert.Contains("'plan.long-term' is missing", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id: about.sources\ntitle: Sources\nkind: general\nAnswer without a header.", "must start with a '---' header")]
    [InlineData("---\nid: about.sources\ntitle: Sources\nkind: general\nThe header is never closed.", "never closed")]
    [InlineData("---\nid: about.sources\ntitle: Sources\nkind: general\nthis line is not a key\n---\nAnswer.", "expected 'key: value'")]
    [InlineData("---\nid: about.sources\ntitle: Sources\nkind: general\nrelatd: overview.roles-2014\n---\nAnswer.", "unknown header key 'relatd'")]
    [InlineData("---\nid: about.sources\ntitle: Sources\nkind: topic\n---\nAnswer.", "unknown kind 'topic'")]
    [InlineData("---\nid: about.source\ntitle: Sources\nkind: general\n---\nAnswer.", "does not match the file name")]
    [InlineData("---\ntitle: Sources\nkind: general\n---\nAnswer.", "has no 'id'")]
    public void An_unparseable_header_is_reported_with_what_is_wrong(string content, string expected)
    {
        Write("about.sources.md", content);

        var problems = Problems();

        Assert.Contains(problems, p => p.StartsWith("about.sources.md", StringComparison.Ordinal) && p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_topic_without_its_quote_is_reported()
    {
        Edit("role.learner.md", "quote: continue to learn survives on the new list as learner.\n", "");

        var problem = Assert.Single(Problems());

        Assert.StartsWith("role.learner.md", problem, StringComparison.Ordinal);
        Assert.Contains("has no 'quote'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_that_is_not_part_of_its_passage_is_reported()
    {
        Edit("role.learner.md", "quote: continue to learn survives on the new list as learner.", "quote: Learners never stop learning.");

        var problem = Assert.Single(Problems());

        Assert.StartsWith("role.learner.md", problem, StringComparison.Ordinal);
        Assert.Contains("not part of the section '## From the article'", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("additions: 7", "names task 7, but author.additions.md lists 6")]
    [InlineData("additions: two", "not 'two'")]
    public void An_additions_number_that_names_no_task_is_reported(string additions, string expected)
    {
        Edit("role.resource-provider.md", "additions: 4", additions);

        var problem = Assert.Single(Problems());

        Assert.StartsWith("role.resource-provider.md", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_mistakes_are_all_listed_in_one_message()
    {
        Edit("role.mentor.md", "related: role.classroom-supporter,", "related: role.nobody,");
        Edit("standards.iste.md", "title: The ISTE standards for coaches", "title:");
        File.Delete(Path.Combine(_folder.FullName, "about.sources.md"));

        var exception = Assert.Throws<KnowledgeValidationException>(() => KnowledgeBase.Load(_folder.FullName));

        Assert.True(exception.Problems.Count >= 3);
        Assert.Contains("role.nobody", exception.Message, StringComparison.Ordinal);
        Assert.Contains("standards.iste.md", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'about.sources' is missing", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_reported_not_thrown_as_an_io_error()
    {
        var missing = Path.Combine(_folder.FullName, "nope");

        var exception = Assert.Throws<KnowledgeValidationException>(() => KnowledgeBase.Load(missing));

        Assert.Contains("does not exist", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_up_validation_stops_with_the_problems_of_the_configured_folder()
    {
        Edit("role.mentor.md", "related: role.classroom-supporter,", "related: role.nobody,");
        var services = new ServiceCollection();
        services.AddRolesQa(contentRootPath: Path.GetTempPath()).Configure(options => options.Path = _folder.FullName);
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("role.nobody", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_knowledge_path_is_resolved_against_the_content_root_and_answers_questions()
    {
        var services = new ServiceCollection();
        services.AddRolesQa(contentRootPath: _folder.Parent!.FullName).Configure(options => options.Path = _folder.Name);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var answerer = provider.GetRequiredService<QuestionAnswerer>();

        Assert.Equal(_folder.FullName, answerer.Knowledge.Directory);
        Assert.Equal(TopicIds.Mentor, answerer.Answer("What does a mentor do?").TopicId);
    }

    private IReadOnlyList<string> Problems()
    {
        var exception = Assert.Throws<KnowledgeValidationException>(() => KnowledgeBase.Load(_folder.FullName));
        Assert.Equal(exception.Problems, KnowledgeBase.Validate(_folder.FullName));
        return exception.Problems;
    }

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_folder.FullName, name), content);

    private void Edit(string name, string find, string replace)
    {
        var path = Path.Combine(_folder.FullName, name);
        var content = File.ReadAllText(path);
        Assert.Contains(find, content, StringComparison.Ordinal);
        File.WriteAllText(path, content.Replace(find, replace, StringComparison.Ordinal));
    }

    private static string Topic(string id, string title, string related, string answer) =>
        $"---\nid: {id}\ntitle: {title}\nkind: general\nquote: Superhero Required?\nrelated: {related}\n---\n{answer}\n";
}
