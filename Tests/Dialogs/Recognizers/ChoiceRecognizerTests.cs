using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Tests.Dialogs.Recognizers;

public sealed class ChoiceRecognizerTests
{
    private static readonly ChoiceOption[] Topics =
    [
        new("math", "Math"),
        new("science", "Science", ["biology", "chemistry"]),
        new("classroom-management", "Classroom management", ["behaviour"]),
        new("reading", "Reading"),
        new("math-club", "Math club"),
    ];

    [Theory]
    [InlineData("2", 1)]
    [InlineData("2.", 1)]
    [InlineData("#2", 1)]
    [InlineData("(2)", 1)]
    [InlineData(" 2 ", 1)]
    [InlineData("2nd", 1)]
    [InlineData("two", 1)]
    [InlineData("second", 1)]
    [InlineData("the second", 1)]
    [InlineData("The second one", 1)]
    [InlineData("the 2nd one please", 1)]
    [InlineData("number 2", 1)]
    [InlineData("number two", 1)]
    [InlineData("No. 2", 1)]
    [InlineData("option 3", 2)]
    [InlineData("1", 0)]
    [InlineData("first", 0)]
    [InlineData("number one", 0)]
    [InlineData("the fifth", 4)]
    [InlineData("last", 4)]
    [InlineData("the last one", 4)]
    [InlineData("٢", 1)]
    [InlineData("２", 1)]
    public void Recognize_ListPosition_MatchesByNumber(string text, int expectedIndex)
    {
        var matched = Assert.IsType<ChoiceRecognition.Matched>(ChoiceRecognizer.Recognize(text, Topics));
        Assert.Equal(expectedIndex, matched.Index);
        Assert.Same(Topics[expectedIndex], matched.Choice);
        Assert.Equal(ChoiceMatchKind.Number, matched.Kind);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("99999999999999")]
    [InlineData("the tenth")]
    public void Recognize_PositionOutsideList_NoMatch(string text) =>
        Assert.IsType<ChoiceRecognition.NoMatch>(ChoiceRecognizer.Recognize(text, Topics));

    [Theory]
    [InlineData("math", 0)]
    [InlineData("MATH!!", 0)]
    [InlineData("  Math. ", 0)]
    [InlineData("Classroom Management", 2)]
    [InlineData("classroom-management", 2)]
    [InlineData("Biology", 1)]
    [InlineData("chemistry!", 1)]
    [InlineData("math club", 4)]
    [InlineData("Math-Club", 4)]
    public void Recognize_TitleValueOrSynonym_MatchesExactly(string text, int expectedIndex)
    {
        var matched = Assert.IsType<ChoiceRecognition.Matched>(ChoiceRecognizer.Recognize(text, Topics));
        Assert.Equal(expectedIndex, matched.Index);
        Assert.Equal(ChoiceMatchKind.Exact, matched.Kind);
    }

    [Theory]
    [InlineData("cafe", 0)]
    [InlineData("CAFÉ", 0)]
    [InlineData("crème brûlée", 1)]
    [InlineData("creme brulee", 1)]
    [InlineData("smorbrod", 2)]
    public void Recognize_DiacriticsOnEitherSide_MatchesExactly(string text, int expectedIndex)
    {
        ChoiceOption[] menu = [new("Café"), new("creme-brulee", "Crème brûlée"), new("Smørbrød")];
        var matched = Assert.IsType<ChoiceRecognition.Matched>(ChoiceRecognizer.Recognize(text, menu));
        Assert.Equal(expectedIndex, matched.Index);
        Assert.Equal(ChoiceMatchKind.Exact, matched.Kind);
    }

    [Fact]
    public void Recognize_NumberThatIsAlsoATitle_PrefersTheTitle()
    {
        ChoiceOption[] reversed = [new("3"), new("2"), new("1")];
        var matched = Assert.IsType<ChoiceRecognition.Matched>(ChoiceRecognizer.Recognize("3", reversed));
        Assert.Equal(0, matched.Index);
        Assert.Equal(ChoiceMatchKind.Exact, matched.Kind);
    }

    [Theory]
    [InlineData("I'd like the math club please", 4)]
    [InlineData("something about reading", 3)]
    [InlineData("help with behaviour in class", 2)]
    [InlineData("class", 2)]
    [InlineData("Classroom man", 2)]
    [InlineData("sci", 1)]
    [InlineData("read", 3)]
    public void Recognize_PartOfOrContainingATerm_MatchesPartially(string text, int expectedIndex)
    {
        var matched = Assert.IsType<ChoiceRecognition.Matched>(ChoiceRecognizer.Recognize(text, Topics));
        Assert.Equal(expectedIndex, matched.Index);
        Assert.Equal(ChoiceMatchKind.Partial, matched.Kind);
    }

    [Theory]
    [InlineData("math and science", ChoiceMatchKind.Partial, new[] { 0, 1 })]
    [InlineData("reading or biology", ChoiceMatchKind.Partial, new[] { 1, 3 })]
    [InlineData("mat", ChoiceMatchKind.Partial, new[] { 0, 4 })]
    public void Recognize_TwoChoicesEquallyPlausible_ReturnsAmbiguousCandidates(string text, ChoiceMatchKind kind, int[] indexes)
    {
        var ambiguous = Assert.IsType<ChoiceRecognition.Ambiguous>(ChoiceRecognizer.Recognize(text, Topics));
        Assert.Equal(kind, ambiguous.Kind);
        Assert.Equal(indexes, ambiguous.Candidates.Select(c => c.Index));
        Assert.Equal(indexes.Select(i => Topics[i]), ambiguous.Candidates.Select(c => c.Choice));
    }

    [Theory]
    [InlineData("sceince", 1)]
    [InlineData("scince", 1)]
    [InlineData("raeding", 3)]
    [InlineData("biolgy", 1)]
    [InlineData("clasroom managment", 2)]
    [InlineData("class room management", 2)]
    [InlineData("behavior", 2)]
    [InlineData("mathh", 0)]
    public void Recognize_SmallTypos_MatchesFuzzily(string text, int expectedIndex)
    {
        var matched = Assert.IsType<ChoiceRecognition.Matched>(ChoiceRecognizer.Recognize(text, Topics));
        Assert.Equal(expectedIndex, matched.Index);
        Assert.Equal(ChoiceMatchKind.Fuzzy, matched.Kind);
    }

    [Fact]
    public void Recognize_TypoEquallyCloseToTwoChoices_ReturnsAmbiguousNotAGuess()
    {
        ChoiceOption[] hats = [new("cat"), new("hat"), new("dog")];
        var ambiguous = Assert.IsType<ChoiceRecognition.Ambiguous>(ChoiceRecognizer.Recognize("bat", hats));
        Assert.Equal(ChoiceMatchKind.Fuzzy, ambiguous.Kind);
        Assert.Equal([0, 1], ambiguous.Candidates.Select(c => c.Index));
    }

    [Theory]
    [InlineData("300")]
    [InlineData("grade 6")]
    [InlineData("grde 7")]
    public void Recognize_DifferentDigits_AreNotTypos(string text)
    {
        ChoiceOption[] numbered = [new("100"), new("200"), new("grade 5"), new("grade 8")];
        Assert.IsType<ChoiceRecognition.NoMatch>(ChoiceRecognizer.Recognize(text, numbered));
    }

    [Fact]
    public void Recognize_TypoBesideMatchingDigits_MatchesFuzzily()
    {
        ChoiceOption[] numbered = [new("grade 5"), new("grade 8")];
        var matched = Assert.IsType<ChoiceRecognition.Matched>(ChoiceRecognizer.Recognize("grde 8", numbered));
        Assert.Equal(1, matched.Index);
        Assert.Equal(ChoiceMatchKind.Fuzzy, matched.Kind);
    }

    [Fact]
    public void Recognize_DuplicateTitles_ReturnsAmbiguousExact()
    {
        ChoiceOption[] twins = [new("a1", "Planning"), new("a2", "Planning")];
        var ambiguous = Assert.IsType<ChoiceRecognition.Ambiguous>(ChoiceRecognizer.Recognize("planning", twins));
        Assert.Equal(ChoiceMatchKind.Exact, ambiguous.Kind);
        Assert.Equal(2, ambiguous.Candidates.Count);
    }

    [Theory]
    [InlineData("scientific method")] // 2 edits on a 6+ letter word would be fine, but this is a different phrase.
    [InlineData("sciences fair")]
    [InlineData("maht club games")]
    [InlineData("xyz")]
    [InlineData("ma")]
    [InlineData("reeeeeeding")]
    public void Recognize_NearMissesBeyondTolerance_NoMatch(string text) =>
        Assert.IsType<ChoiceRecognition.NoMatch>(ChoiceRecognizer.Recognize(text, Topics));

    [Theory]
    [InlineData("so")]
    [InlineData("n")]
    public void Recognize_TypoOnTwoLetterWord_NoMatch(string text)
    {
        ChoiceOption[] shortOnes = [new("Go"), new("No")];
        Assert.IsType<ChoiceRecognition.NoMatch>(ChoiceRecognizer.Recognize(text, shortOnes));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!")]
    [InlineData("😀")]
    [InlineData("asdfghjkl")]
    [InlineData("日本語")]
    public void Recognize_EmptyOrGarbage_NoMatch(string? text) =>
        Assert.IsType<ChoiceRecognition.NoMatch>(ChoiceRecognizer.Recognize(text, Topics));

    [Fact]
    public void Recognize_NoChoices_NoMatch() =>
        Assert.IsType<ChoiceRecognition.NoMatch>(ChoiceRecognizer.Recognize("math", []));

    [Theory]
    [InlineData("はい", 0)]
    [InlineData("いいえ", 1)]
    [InlineData("Kanskje", 2)]
    [InlineData("kånskje", 2)]
    [InlineData("ja, gjerne", 0)]
    public void Recognize_NonAsciiChoices_Matches(string text, int expectedIndex)
    {
        ChoiceOption[] answers = [new("yes", "はい", ["Ja, gjerne"]), new("no", "いいえ", ["Nei takk"]), new("maybe", "Kanskje")];
        var matched = Assert.IsType<ChoiceRecognition.Matched>(ChoiceRecognizer.Recognize(text, answers));
        Assert.Equal(expectedIndex, matched.Index);
    }

    [Fact]
    public void Recognize_TenThousandCharactersWithoutATerm_NoMatchQuickly()
    {
        var text = RecognizerFixtures.LongText("lorem ipsum dolor ");
        Assert.IsType<ChoiceRecognition.NoMatch>(RecognizerFixtures.Timed(() => ChoiceRecognizer.Recognize(text, Topics)));
    }

    [Fact]
    public void Recognize_TenThousandCharactersEndingWithATitle_MatchesPartiallyQuickly()
    {
        var text = RecognizerFixtures.LongText("lorem ipsum dolor ") + " reading";
        var matched = Assert.IsType<ChoiceRecognition.Matched>(RecognizerFixtures.Timed(() => ChoiceRecognizer.Recognize(text, Topics)));
        Assert.Equal(3, matched.Index);
    }

    [Theory]
    [InlineData("2", ChoiceMatchModes.All & ~ChoiceMatchModes.Number)]
    [InlineData("sceince", ChoiceMatchModes.Exact | ChoiceMatchModes.Number)]
    [InlineData("class", ChoiceMatchModes.Exact | ChoiceMatchModes.Fuzzy)]
    [InlineData("math", ChoiceMatchModes.None)]
    public void Recognize_ModeTurnedOff_DoesNotMatchThatWay(string text, ChoiceMatchModes modes) =>
        Assert.IsType<ChoiceRecognition.NoMatch>(ChoiceRecognizer.Recognize(text, Topics, modes));

    [Fact]
    public void Recognize_Junk_NeverThrows()
    {
        foreach (var text in RecognizerFixtures.Junk(seed: 7, count: 3_000))
        {
            Assert.NotNull(ChoiceRecognizer.Recognize(text, Topics));
        }
    }

    [Fact]
    public void Choice_WithoutTitle_UsesValueAndDropsBlankSynonyms()
    {
        var choice = new ChoiceOption("reading", synonyms: ["books", " ", ""]);
        Assert.Equal("reading", choice.Title);
        Assert.Equal(new[] { "books" }, choice.Synonyms.AsEnumerable());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Choice_BlankValue_Throws(string value) =>
        Assert.ThrowsAny<ArgumentException>(() => new ChoiceOption(value));
}
