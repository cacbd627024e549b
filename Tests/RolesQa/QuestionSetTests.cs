using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.RolesQa;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.RolesQa;

/// <summary>
/// The batch-test bars of issue 6: questions ≥ 95% (a hit is the band <c>answer</c> with the expected topic,
/// or the band <c>none</c> for an out-of-scope line, and every out-of-scope line must be a hit), requests ≥ 90%.
/// The dev sets come from ../shared; the held-out sets were written for this project before tuning.
/// </summary>
public sealed class QuestionSetTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private const double QuestionBar = 0.95;
    private const double RequestBar = 0.90;

    [Fact]
    public void Dev_questions_meet_the_bar_and_every_out_of_scope_line_is_none() =>
        AssertQuestions(SharedFolder.RequirePath("knowledge/dev-questions.tsv"));

    [Fact]
    public void Dev_requests_meet_the_bar() =>
        AssertRequests(SharedFolder.RequirePath("knowledge/dev-requests.tsv"));

    [Theory]
    [InlineData("heldout-questions.tsv")]
    [InlineData("heldout2-questions.tsv")]
    [InlineData("heldout3-questions.tsv")]
    [InlineData("heldout4-questions.tsv")]
    public void Held_out_questions_meet_the_bar_and_every_out_of_scope_line_is_none(string file) =>
        AssertQuestions(KnowledgeFixture.DataFile(file));

    [Theory]
    [InlineData("heldout-requests.tsv")]
    [InlineData("heldout2-requests.tsv")]
    [InlineData("heldout3-requests.tsv")]
    [InlineData("heldout4-requests.tsv")]
    public void Held_out_requests_meet_the_bar(string file) =>
        AssertRequests(KnowledgeFixture.DataFile(file));

    [Fact]
    public void Held_out_questions_cover_every_topic_and_enough_out_of_scope_lines()
    {
        var lines = LabelledLines.Read(KnowledgeFixture.DataFile("heldout-questions.tsv"));
        Assert.Empty(TopicIds.Required.Except(lines.Select(l => l.Label)));
        Assert.True(lines.Count(l => l.Label == TopicIds.None) >= 10);
        Assert.True(lines.Count(l => l.Label != TopicIds.None) >= 60);
        var requests = LabelledLines.Read(KnowledgeFixture.DataFile("heldout-requests.tsv"));
        Assert.True(requests.Count >= 30);
        Assert.Empty(TopicIds.RoutableRoles.Except(requests.Select(l => l.Label)));
    }

    private void AssertQuestions(string path)
    {
        var lines = LabelledLines.Read(path);
        var misses = new List<string>();
        foreach (var (question, expected) in lines)
        {
            var result = fixture.Answerer.Answer(question);
            var hit = expected == TopicIds.None
                ? result.Band == AnswerBand.None
                : result.Band == AnswerBand.Answer && result.TopicId == expected;
            if (!hit)
            {
                misses.Add($"{question} → expected {expected}, got {result.TopicId} {result.Band} {result.Confidence:0.000}");
            }
        }

        var outOfScopeMisses = misses.Where(m => m.Contains("→ expected none", StringComparison.Ordinal)).ToList();
        Assert.True(outOfScopeMisses.Count == 0, "out-of-scope lines not answered as none:\n" + string.Join('\n', outOfScopeMisses));
        var accuracy = 1.0 - ((double)misses.Count / lines.Count);
        Assert.True(accuracy >= QuestionBar, $"accuracy {accuracy:P1} on {Path.GetFileName(path)}:\n" + string.Join('\n', misses));
    }

    private void AssertRequests(string path)
    {
        var lines = LabelledLines.Read(path);
        var misses = lines
            .Select(line => (line, result: fixture.Answerer.Route(line.Text, TopicIds.RoutableRoles)))
            .Where(x => !(x.result.Band == AnswerBand.Answer && x.result.RoleId == x.line.Label))
            .Select(x => $"{x.line.Text} → expected {x.line.Label}, got {x.result.RoleId} {x.result.Band} {x.result.Confidence:0.000}")
            .ToList();
        var accuracy = 1.0 - ((double)misses.Count / lines.Count);
        Assert.True(accuracy >= RequestBar, $"accuracy {accuracy:P1} on {Path.GetFileName(path)}:\n" + string.Join('\n', misses));
    }
}
