using CoachBot.Dialogs.Engine.Recognizers;
using CoachBot.Dialogs.RolesQa.Text;

namespace CoachBot.Tests.RolesQa;

/// <summary>The word handling the ranking relies on: stems, typo distance, tokenising.</summary>
public sealed class TextAnalysisTests
{
    [Theory]
    [InlineData("provides", "provid")]
    [InlineData("provider", "provid")]
    [InlineData("providing", "provid")]
    [InlineData("communication", "commun")]
    [InlineData("communicate", "commun")]
    [InlineData("collaborator", "collabor")]
    [InlineData("collaboration", "collabor")]
    [InlineData("competencies", "compet")]
    [InlineData("competency", "compet")]
    [InlineData("mentoring", "mentor")]
    [InlineData("resources", "resourc")]
    [InlineData("relational", "relat")]
    [InlineData("hopping", "hop")]
    [InlineData("2013", "2013")]
    [InlineData("ok", "ok")]
    public void Stems_meet_for_related_forms(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("coch", "coach", true)]
    [InlineData("mentr", "mentor", true)]
    [InlineData("catalist", "catalyst", true)]
    [InlineData("coahc", "coach", true)]
    [InlineData("coach", "coach", true)]
    [InlineData("coach", "couches", false)]
    [InlineData("data", "date", true)]
    [InlineData("data", "dust", false)]
    [InlineData("", "a", true)]
    public void Edit_distance_one_covers_insert_delete_substitute_and_swap(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.WithinOne(a, b));
        Assert.Equal(expected, EditDistance.WithinOne(b, a));
    }

    [Fact]
    public void Words_fold_case_apostrophes_hyphens_and_synonyms()
    {
        var words = TextAnalyzer.Words("What’s the Coach's PD role? Co-teach, isn't it");

        Assert.Equal(["what", "the", "coach", "professional", "development", "role", "co", "teach", "isnt", "it"], words);
    }

    [Fact]
    public void Terms_drop_stop_words_and_stem_the_rest()
    {
        Assert.Equal(["mentor", "teacher"], TextAnalyzer.Terms("How does the mentoring help teachers?").Where(t => t != "help"));
    }
}
