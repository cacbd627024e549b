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

    [Fact]
    public void Parse_NumberedLists_KeepEachItemOnALineOfItsOwn()
    {
        const string markdown = "Ten roles:\n\n1. Data Coach\n2. Resource Provider\n10. Learner\n\n9) Ninth\n10) Tenth\n- a bullet\n\nAfter.";

        var blocks = MarkdownSubset.Parse(markdown);

        Assert.Equal(
            ["Ten roles:", "1. Data Coach\n2. Resource Provider\n3. Learner", "9. Ninth\n10. Tenth", "- a bullet", "After."],
            blocks.Select(MarkdownSubset.ToCardText));
        Assert.Equal([false, true, true, false, false], blocks.Select(b => b.IsNumbered));
        Assert.Equal(["Data Coach", "Resource Provider", "Learner"], blocks[1].Lines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Parse_BlankText_HasNoBlocks(string markdown)
    {
        Assert.Empty(MarkdownSubset.Parse(markdown));
    }
}
