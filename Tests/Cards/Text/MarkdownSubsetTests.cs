using CoachBot.Cards.Text;

namespace CoachBot.Tests.Cards.Text;

public sealed class MarkdownSubsetTests
{
    [Fact]
    public void Parse_ParagraphsAndBulletLists_BecomeBlocksInOrder()
    {
        const string markdown = "First line\ncontinues here.\n\nIntro:\n- one\n- two\n  wrapped\n\r\nLast.";

        var blocks = MarkdownSubset.Parse(markdown);

        Assert.Equal(
            ["First line continues here.", "Intro:", "- one\n- two wrapped", "Last."],
            blocks.Select(MarkdownSubset.ToCardText));
        Assert.Equal([false, false, true, false], blocks.Select(b => b.IsList));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Parse_BlankText_HasNoBlocks(string markdown)
    {
        Assert.Empty(MarkdownSubset.Parse(markdown));
    }
}
