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

    [Theory]
    // one edit (insert, delete, substitute, swap) from five letters
    [InlineData("mentr", "mentor", 1)]
    [InlineData("learnr", "learner", 1)]
    [InlineData("coahc", "coach", 1)]
    [InlineData("leadr", "leader", 1)]
    // two edits from eight letters, keeping the first letter
    [InlineData("proffesional", "professional", 2)]
    [InlineData("competencys", "competencies", 2)]
    [InlineData("annotate", "innovate", null)]
    [InlineData("instructonal", "instructional", 1)]
    // two edits are too many below eight letters
    [InlineData("ldaer", "leader", null)]
    [InlineData("mntro", "mentor", null)]
    // four letters: only lengthened, keeping the first letter
    [InlineData("coch", "coach", 1)]
    [InlineData("earn", "learn", null)]
    [InlineData("hold", "old", null)]
    [InlineData("form", "from", null)]
    // shorter words never
    [InlineData("rol", "role", null)]
    public void Typos_are_one_edit_from_five_letters_and_two_from_eight(string typed, string candidate, int? expected) =>
        Assert.Equal(expected, Typos.Distance(typed, candidate));

    [Fact]
    public void Phrases_end_at_punctuation_but_not_inside_hyphenated_words() =>
        Assert.Equal(
            ["Catalyst for Change", " Learner", " the long-term plan ", " a co-teacher"],
            TextAnalyzer.Phrases("Catalyst for Change, Learner. the long-term plan - a co-teacher"));

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
