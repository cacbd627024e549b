using CoachBot.Dialogs.RolesQa;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.RolesQa;

/// <summary>
/// Every answer cites the article (Jean Tower, Role of the Instructional Technology Specialist, in ../shared/seed): its
/// quote and passage are there word for word. Where ../shared is absent these tests report themselves skipped.
/// </summary>
public sealed class ArticleQuoteTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private const string Article = "seed/000_2d239a4376a39b7f.txt";

    [Fact]
    public void Every_knowledge_file_has_a_quote_and_each_quote_and_passage_is_word_for_word_in_the_article()
    {
        var article = File.ReadAllText(SharedFolder.RequirePath(Article));

        Assert.All(fixture.Knowledge.Topics, topic => Assert.False(string.IsNullOrWhiteSpace(topic.Quote), topic.Id));
        Assert.Empty(ArticleText.CheckQuotes(fixture.Knowledge.Topics, article, "the article"));
    }

    [Fact]
    public void A_quote_changed_by_one_word_is_reported_with_its_file()
    {
        var article = File.ReadAllText(SharedFolder.RequirePath(Article));
        var mentor = fixture.Knowledge.GetTopic("role.mentor");
        var edited = mentor with { Quote = mentor.Quote.Replace("stronger", "much stronger", StringComparison.Ordinal) };

        var problem = Assert.Single(ArticleText.CheckQuotes([edited], article, "000.txt"));

        Assert.StartsWith("role.mentor.md: the quote is not word for word in the article (000.txt)", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Per Maggie's new list", "Per Maggie’s new list")]
    [InlineData("the \"softer\" skills", "the “softer” skills")]
    [InlineData("five\n  primary   roles", "five primary roles")]
    public void Whitespace_and_typographic_quotes_count_as_the_same(string quote, string text)
    {
        Assert.True(ArticleText.Contains(text, quote));
        Assert.True(ArticleText.Contains(quote, text));
    }

    [Theory]
    [InlineData("Per Maggie's new list", "Per Maggies new list")]
    [InlineData("the role – the technology integration coach", "the role - the technology integration coach")]
    [InlineData("Data Coach", "data coach")]
    public void Other_differences_are_not_normalised_away(string quote, string text)
    {
        Assert.False(ArticleText.Contains(text, quote));
    }
}
