using CoachBot.Cards.Text;

namespace CoachBot.Tests.Cards.Text;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("**Mentor** gives _direct_ support", "Mentor gives direct support")]
    [InlineData("See [the article](https://example.org) now", "See the article now")]
    [InlineData("- one\n- two\n\nthree", "one; two three")]
    [InlineData("It means:\n- plan\n- teach\n1. reflect", "It means: plan; teach; reflect")]
    [InlineData("Hi <at>Sam</at>!", "Hi Sam!")]
    [InlineData("snake_case and 2 * 3 stay", "snake_case and 2 * 3 stay")]
    public void FromMarkdown_StripsTheCardMarkdownSubset(string markdown, string expected)
    {
        Assert.Equal(expected, PlainText.FromMarkdown(markdown));
    }

    [Fact]
    public void Shorten_NeverSplitsAnEmojiOrAccentedLetter()
    {
        var text = string.Concat(Enumerable.Repeat("👩‍🏫é", 50));

        var shortened = PlainText.Shorten(text, 20);

        Assert.True(shortened.Length <= 20);
        Assert.EndsWith(PlainText.Ellipsis, shortened, StringComparison.Ordinal);
        Assert.StartsWith(shortened[..^1], text, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(shortened[^2]));
    }

    [Fact]
    public void CollapseWhitespace_GivesOneSpaceBetweenWordsAndNoneAtTheEnds_ForAnyMixOfSpaces()
    {
        var random = new Random(31);
        char[] alphabet = ['a', 'é', ' ', ' ', '\t', '\n', '\r', '\u00A0', '\u2028', '\u3000', '\uD83D', '\uDC4D'];
        for (var i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var expected = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

            Assert.Equal(expected, PlainText.CollapseWhitespace(text));
        }
    }

    [Fact]
    public void Shorten_CutsAtTheLastWholeTextElementThatFits()
    {
        // "e" + combining acute is one text element of two chars: it is kept whole or left out, never halved.
        var text = string.Concat(Enumerable.Repeat("xe\u0301", 20));

        for (var max = 2; max < text.Length; max++)
        {
            var shortened = PlainText.Shorten(text, max);
            var kept = shortened[..^PlainText.Ellipsis.Length];

            Assert.True(shortened.Length <= max, $"{max}: {shortened}");
            Assert.StartsWith(kept, text, StringComparison.Ordinal);
            Assert.NotEqual('e', kept.LastOrDefault());
            Assert.True(max - PlainText.Ellipsis.Length - kept.Length < 3, $"{max}: kept {kept.Length}");
        }
    }

    [Fact]
    public void Shorten_PrefersAWordBoundary()
    {
        Assert.Equal("The mentor gives…", PlainText.Shorten("The mentor gives direct support", 20));
        Assert.Equal("short", PlainText.Shorten("short", 20));
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "A" }, "A")]
    [InlineData(new[] { "A", "B" }, "A or B")]
    [InlineData(new[] { "A", "B", "C" }, "A, B or C")]
    public void JoinWithOr_ReadsAsEnglish(string[] parts, string expected)
    {
        Assert.Equal(expected, PlainText.JoinWithOr(parts));
    }
}
