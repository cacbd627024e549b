using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Tests.Dialogs.Recognizers;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("  Café — Crème-Brûlée!! ", "cafe creme brulee")]
    [InlineData("HELLO   World", "hello world")]
    [InlineData("hello\tworld\r\n", "hello world")]
    [InlineData("Don't", "dont")]
    [InlineData("it’s", "its")]
    [InlineData("#2.", "2")]
    [InlineData("(2)", "2")]
    [InlineData("e-mail", "e mail")]
    [InlineData("no,thanks", "no thanks")]
    [InlineData("👍 yes", "yes")]
    [InlineData("ÆRØSKØBING", "aeroskobing")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łódź", "lodz")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ＡＢＣ１２３", "abc123")]
    [InlineData("Ελληνικά", "ελληνικα")]
    [InlineData("日本語です", "日本語です")]
    [InlineData("한국어", "한국어")]
    [InlineData("नमस्ते दुनिया", "नमस्ते दुनिया")]
    [InlineData("Привет, мир", "привет мир")]
    [InlineData("a\u00A0b\u202Fc", "a b c")]
    public void Normalize_VariedText_FoldsToLowercasePlainWords(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ... ???")]
    [InlineData("😀🎉")]
    [InlineData("\u0301\u0308")]
    public void Normalize_NothingWordLike_ReturnsEmpty(string? input) =>
        Assert.Equal(string.Empty, TextNormalizer.Normalize(input));

    [Fact]
    public void Normalize_LoneSurrogate_DoesNotThrowAndKeepsTheWords() =>
        Assert.Equal("ab cd", TextNormalizer.Normalize("ab\uD800cd"));

    [Fact]
    public void Normalize_TenThousandCharacters_ReturnsQuickly()
    {
        var result = RecognizerFixtures.Timed(() => TextNormalizer.Normalize(RecognizerFixtures.LongText("Crème brûlée! ")));
        Assert.StartsWith("creme brulee creme", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokenize_Sentence_ReturnsNormalisedWords() =>
        Assert.Equal(["the", "second", "one"], TextNormalizer.Tokenize("The  SECOND, one!"));

    [Fact]
    public void Tokenize_Blank_ReturnsNoWords() => Assert.Empty(TextNormalizer.Tokenize("  ,  "));

    [Theory]
    [InlineData("Crème brûlée, 3 déc.", "Creme brulee, 3 dec.")]
    [InlineData("Ørsta", "Orsta")]
    [InlineData(null, "")]
    public void RemoveDiacritics_Text_KeepsCaseAndPunctuation(string? input, string expected) =>
        Assert.Equal(expected, TextNormalizer.RemoveDiacritics(input));
}
